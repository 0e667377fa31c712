import dayjs from 'dayjs';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { AnswerValue, MeasurementRow } from '../../../src-shared/checklists/answers';
import { answerKey, expandTemplate } from '../../../src-shared/checklists/expand';
import type { InspectionKind, Item } from '../../../src-shared/checklists/schema';
import { InspectionCreateInput, type Inspection, type TeamMember } from '../../../src-shared/schemas/inspection';
import type { HandlerEnv } from '../api/types';
import { putBlob } from '../blobs/blobs';
import { checklistStore, requireTemplate, type ChecklistStore } from '../checklists/store';
import { saveAnswer } from '../inspections/answers';
import { addAttachment } from '../inspections/attachments';
import { cancelInspection } from '../inspections/cancel';
import { createInspection } from '../inspections/crud';
import { inspectionFacts } from '../inspections/facts';
import { completeInspection } from '../inspections/progress';
import { completeAndSign } from '../minutes/sign';
import { judgeInspection, recordJudgement } from '../judging/judge';
import { demoPhotoPng, demoSignaturePng } from './images';
import { listFindings } from '../findings/findings';
import { createRequirement } from '../findings/requirements';


const TEAM: TeamMember[] = [
  { name: 'Nguyễn Văn Hùng', position: 'Phó Giám đốc Sở KH&CN', role: 'truong_doan' },
  { name: 'Lò Thị Mai', position: 'Chuyên viên phòng Quản lý chuyên ngành', role: 'thanh_vien' },
  { name: 'Cầm Văn Thắng', position: 'Chuyên viên Chi cục Tiêu chuẩn Đo lường Chất lượng', role: 'thu_ky' },
];

export interface DemoInspectionsResult {
  created: number;
  skipped: boolean;
}

/**
 * Demo inspections in every state (draft, in progress, completed, cancelled) for facilities
 * already in the file (the register demo makes them). Running it twice adds nothing.
 * `today` (yyyy-MM-dd) anchors every date, so the demo looks current whenever it is made.
 */
export function seedDemoInspections(env: HandlerEnv, today: string): DemoInspectionsResult {
  const already = env.db.prepare("SELECT count(*) AS n FROM inspections WHERE decision_number LIKE '%/QĐ-SKHCN' AND notes = 'demo'").get() as { n: number };
  if (already.n > 0) return { created: 0, skipped: true };
  const facilities = env.db
    .prepare('SELECT id, name, street, commune FROM facilities WHERE deleted_at IS NULL ORDER BY name_key, id LIMIT 6')
    .all() as { id: string; name: string; street: string | null; commune: string | null }[];
  if (facilities.length === 0) {
    throw new KiemTraError('CONFLICT', 'Chưa có cơ sở nào để tạo dữ liệu kiểm tra mẫu', 'No facilities to attach demo inspections to', {});
  }
  const store = checklistStore(env.resources.dir);
  const day = dayjs(today);
  const pick = (i: number) => facilities[i % facilities.length]!;
  const plan: { facility: (typeof facilities)[number]; kind: InspectionKind; templateId: string; number: string; daysAgo: number; state: 'draft' | 'in_progress' | 'completed' | 'cancelled' }[] = [
    { facility: pick(0), kind: 'radiation', templateId: 'xray-diagnostic', number: '125/QĐ-SKHCN', daysAgo: 40, state: 'completed' },
    { facility: pick(1), kind: 'wastewater', templateId: 'wastewater-hospital', number: '131/QĐ-SKHCN', daysAgo: 25, state: 'completed' },
    { facility: pick(2), kind: 'radiation', templateId: 'xray-diagnostic', number: '142/QĐ-SKHCN', daysAgo: 2, state: 'in_progress' },
    { facility: pick(3), kind: 'wastewater', templateId: 'wastewater-hospital', number: '147/QĐ-SKHCN', daysAgo: 1, state: 'in_progress' },
    { facility: pick(4), kind: 'radiation', templateId: 'sealed-sources', number: '150/QĐ-SKHCN', daysAgo: -7, state: 'draft' },
    { facility: pick(0), kind: 'follow_up', templateId: 'follow-up', number: '158/QĐ-SKHCN', daysAgo: -14, state: 'draft' },
    { facility: pick(5), kind: 'radiation', templateId: 'xray-diagnostic', number: '118/QĐ-SKHCN', daysAgo: 60, state: 'cancelled' },
  ];
  let created = 0;
  env.db.transaction(() => {
    for (const p of plan) {
      const date = day.subtract(p.daysAgo, 'day');
      const input = InspectionCreateInput.parse({
        facilityId: p.facility.id,
        kind: p.kind,
        templateId: p.templateId,
        decisionNumber: p.number,
        decisionDate: date.subtract(10, 'day').format('YYYY-MM-DD'),
        decisionIssuer: 'Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La',
        team: TEAM,
        facilityRepresentatives: [{ name: 'Hoàng Văn Sơn', position: 'Phó Giám đốc phụ trách chuyên môn' }],
        startedAt: `${date.format('YYYY-MM-DD')}T08:30`,
        place: [p.facility.street, p.facility.commune, 'tỉnh Sơn La'].filter(Boolean).join(', '),
        notes: 'demo',
      });
      const inspection = createInspection(env, store, input);
      created++;
      if (p.state === 'in_progress') {
        fillAnswers(env, store, inspection, date, 0.5);
        judgeInspection(env, inspection.id);
      }
      if (p.state === 'completed') {
        fillAnswers(env, store, inspection, date, 1);
        judgeInspection(env, inspection.id);
        requireFixes(env, inspection.id, date);
        const closing = {
          id: inspection.id,
          endedAt: `${date.format('YYYY-MM-DD')}T11:45`,
          conclusion: 'Cơ sở cơ bản chấp hành quy định; yêu cầu bổ sung hồ sơ theo kiến nghị của đoàn trong 30 ngày.',
          facilityOpinion: 'Cơ sở thống nhất với kết quả kiểm tra và cam kết khắc phục đúng hạn.',
        };
        // Signed with this device's key; before a profile exists (CLI seed) they are closed unsigned.
        if (env.identity) completeAndSign(env, closing);
        else {
          completeInspection(env, store, closing);
          recordJudgement(env, inspection.id);
        }
      }
      if (p.state === 'cancelled') cancelInspection(env, { id: inspection.id, reason: 'Mở nhầm cơ sở; quyết định kiểm tra được thay bằng quyết định khác' });
    }
  })();
  return { created, skipped: false };
}

/** The team writes a requirement with a 30-day deadline for each open finding of the check. */
function requireFixes(env: HandlerEnv, inspectionId: string, date: dayjs.Dayjs): void {
  for (const finding of listFindings(env, { inspectionId, includeDeleted: false })) {
    if (finding.status !== 'open') continue;
    createRequirement(env, {
      findingId: finding.id,
      inspectionId,
      text: `Khắc phục: ${finding.title}`,
      responsible: 'Người phụ trách an toàn bức xạ của cơ sở',
      deadline: date.add(30, 'day').format('YYYY-MM-DD'),
    });
  }
}

/** Answers a share of the visible items (all of them when `share` is 1), as an inspector would. */
function fillAnswers(env: HandlerEnv, store: ChecklistStore, inspection: Inspection, date: dayjs.Dayjs, share: number): void {
  const { template } = requireTemplate(store, inspection.templateId, inspection.templateVersion);
  const facts = inspectionFacts(env, inspection);
  const answers = new Map<string, unknown>();
  const photo = putBlob(env, { dataBase64: demoPhotoPng().toString('base64'), fileName: 'cua-phong-chup.png', mime: 'image/png' });
  const signature = (signer: string) => putBlob(env, { dataBase64: demoSignaturePng(signer).toString('base64'), fileName: 'chu-ky.png', mime: 'image/png' });
  // Answers reveal follow-up items ("Số giấy phép" after "Có giấy phép"): expand until stable.
  for (let pass = 0; pass < 3; pass++) {
    const visible = expandTemplate(template, facts, answers).flatMap((s) => s.items);
    const unanswered = visible.filter((v) => !answers.has(answerKey(v.item.key, v.instanceKey)));
    if (unanswered.length === 0) break;
    const limit = Math.ceil(visible.length * share) - answers.size;
    for (const v of unanswered.slice(0, Math.max(0, limit))) {
      const key = answerKey(v.item.key, v.instanceKey);
      answers.set(key, true);
      if (v.item.type === 'photo' || v.item.type === 'signature') {
        if (!v.item.required && share < 1) continue;
        addAttachment(env, store, {
          inspectionId: inspection.id,
          itemKey: v.item.key,
          instanceKey: v.instanceKey,
          kind: v.item.type,
          sha256: v.item.type === 'photo' ? photo.sha256 : signature(signerOf(v.item.key)).sha256,
          caption: v.item.type === 'photo' ? 'Ảnh chụp tại hiện trường' : null,
          signerName: v.item.type === 'signature' ? signerOf(v.item.key) : null,
          signerRole: v.item.type === 'signature' ? roleOf(v.item.key) : null,
        });
        continue;
      }
      const value = demoValue(v.item, date);
      answers.set(key, value);
      saveAnswer(env, store, { inspectionId: inspection.id, itemKey: v.item.key, instanceKey: v.instanceKey, value });
    }
  }
}

function signerOf(key: string): string {
  if (key === 'sig_truong_doan') return TEAM[0]!.name;
  if (key === 'sig_thanh_vien') return TEAM[1]!.name;
  return 'Hoàng Văn Sơn';
}

function roleOf(key: string): 'truong_doan' | 'thanh_vien' | 'dai_dien_co_so' {
  if (key === 'sig_truong_doan') return 'truong_doan';
  if (key === 'sig_thanh_vien') return 'thanh_vien';
  return 'dai_dien_co_so';
}

const DEMO_NUMBERS: Record<string, number> = { design_capacity: 150, actual_flow: 118, ph_onsite: 7.2, dose_max_annual: 1.8, unit_tube_leakage: 0.12, permit_k_factor: 1 };

function demoValue(item: Item, date: dayjs.Dayjs): AnswerValue {
  switch (item.type) {
    case 'yes_no_na':
      return 'yes';
    case 'number':
      return DEMO_NUMBERS[item.key] ?? item.min ?? 0;
    case 'text':
      return item.key === 'findings' ? 'Biển cảnh báo phòng chụp số 2 bị mờ, cần thay mới.' : item.key.includes('number') ? 'SL-0231/GP' : 'Nguyễn Thị Lan';
    case 'date':
      return date.subtract(item.key.includes('expiry') ? -400 : 200, 'day').format('YYYY-MM-DD');
    case 'choice':
      return item.choices?.[0]?.key ?? null;
    case 'multi_choice':
      return item.choices?.[0] ? [item.choices[0].key] : null;
    case 'measurement_table':
      return demoTable(item, date);
    default:
      return null;
  }
}

function demoTable(item: Item, date: dayjs.Dayjs): MeasurementRow[] | null {
  const spec = item.table;
  if (!spec) return null;
  if (spec.rows === 'free') {
    const positions = spec.columns.find((c) => c.key === 'position')?.choices ?? [];
    const rows: Record<string, string | number>[] = [
      { point: 'Bàn điều khiển', position: positions[0]?.key ?? '', measured: 0.8, background: 0.12 },
      // Above the public-area limit after the background: the demo shows a finding and its requirement.
      { point: 'Hành lang chờ trước cửa phòng', position: positions[1]?.key ?? '', measured: 0.74, background: 0.12 },
    ];
    return rows.map((r) => ({ cells: Object.fromEntries(spec.columns.map((c) => [c.key, r[c.key] ?? null])) }));
  }
  const sample: Record<string, string> = { ph: '7,1', bod5: '18', cod: '36', tss: '22', coliforms: '1200', salmonella: 'KPH', shigella: 'KPH', vibrio_cholerae: 'KPH' };
  return spec.rows
    .filter((r) => sample[r.key])
    .map((r) => ({ row: r.key, cells: { value: sample[r.key]!, unit: r.unit ?? null, lab: 'Trung tâm Quan trắc môi trường Sơn La', sample_date: date.subtract(14, 'day').format('DD/MM/YYYY') } }));
}
