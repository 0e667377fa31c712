import type { InspectionKind } from '../src-shared/checklists/schema';
import type { FindingFields, FindingSeverity } from '../src-shared/schemas/finding';
import type { InspectionFields, InspectionStatus } from '../src-shared/schemas/inspection';
import type { RequirementFields, RequirementStatus } from '../src-shared/schemas/requirement';
import type { HandlerEnv } from '../src-main/core/api/types';
import { insertRecord } from '../src-main/core/db/records';
import { wastewaterSystemSpec } from '../src-main/core/records/wastewater-systems';
import { findingSpec, requirementSpec } from '../src-main/core/findings/specs';
import { answerSpec, inspectionSpec } from '../src-main/core/inspections/specs';
import { updateRecord } from '../src-main/core/db/records';
import { getInspection } from '../src-main/core/inspections/crud';
import { generateDeviceKeyPair, signerFrom, type DeviceSigner } from '../src-main/core/identity/keys';
import { inspectionVerdicts } from '../src-main/core/judging/judge';
import { buildSnapshot } from '../src-main/core/minutes/build';
import { writeSigned } from '../src-main/core/minutes/store';

/** What was generated, kept in memory so a test can count it plainly and compare with the SQL aggregates. */
export interface GeneratedInspection {
  id: string;
  facilityId: string;
  commune: string | null;
  kind: InspectionKind;
  date: string;
  status: InspectionStatus;
  team: string[];
  findings: { id: string; severity: FindingSeverity; status: 'open' | 'dismissed'; ruleId: string | null }[];
  requirements: { status: RequirementStatus; deadline: string | null }[];
  /** Lab-table parameters with a result (wastewater checks). */
  measured: string[];
}

export interface InspectionGenOptions {
  /** Facilities to spread the checks over (id and commune). */
  facilities: { id: string; commune: string | null }[];
  perFacility: number;
  /** Checks are dated in [from, to] (yyyy-MM-dd). */
  from: string;
  to: string;
  /** Lab-table results per wastewater check (0–15). */
  labRows?: number;
  seed?: number;
  /** Who signs the 'signed' checks (a generated device key when not given). */
  signer?: DeviceSigner;
}

const finished = (s: InspectionStatus) => s === 'completed' || s === 'signed';

/**
 * Signs a generated check the way "Hoàn thành và ký" freezes it: the verdicts judged now, the
 * snapshot built by the real builder, hashed, signed, stored, then the status set to 'signed'
 * (from which the lock triggers refuse any change). Existing findings are kept as generated.
 */
function signGenerated(env: HandlerEnv, id: string, signer: DeviceSigner, signedAt: string): void {
  const verdicts = inspectionVerdicts(env, id);
  const info = { fullName: 'Lò Văn Thắng', position: 'Chuyên viên', unit: 'Sở Khoa học và Công nghệ tỉnh Sơn La', deviceId: signer.deviceId, fingerprint: signer.fingerprint };
  const snapshot = buildSnapshot(env, getInspection(env, id), verdicts, info, signedAt, null);
  writeSigned(env, signer, id, 0, snapshot, null, signedAt);
  updateRecord(env, inspectionSpec, id, { status: 'signed', completedAt: signedAt });
}

const KINDS: InspectionKind[] = ['radiation', 'wastewater', 'combined', 'follow_up'];
const TEMPLATES: Record<InspectionKind, string> = { radiation: 'xray-diagnostic', wastewater: 'wastewater-hospital', combined: 'xray-diagnostic', follow_up: 'follow-up' };
// Most finished checks of a province are signed (issue 9); a few closed before signing existed stay 'completed'.
const STATUSES: InspectionStatus[] = ['signed', 'signed', 'completed', 'in_progress', 'draft', 'cancelled'];
const SEVERITIES: FindingSeverity[] = ['low', 'medium', 'high', 'critical'];
const LEADERS = ['Lò Văn Thắng', 'Cầm Thị Mai', 'Quàng Văn Hùng'];
const MEMBERS = ['Hà Thị Lan', 'Tòng Văn Điện', 'Lường Thị Ánh'];
const RULES = ['radiation.qc_interval', 'radiation.dose_rate.console', 'wastewater.bod5', 'wastewater.cod', null];
/** The template's unit of each lab-table row (resources/checklists/wastewater-hospital.json). */
const LAB_UNITS: Record<string, string | null> = {
  ph: null, bod5: 'mg/L', cod: 'mg/L', tss: 'mg/L', sulfide: 'mg/L', ammonium: 'mg/L', nitrate: 'mg/L', phosphate: 'mg/L', oils: 'mg/L',
  gross_alpha: 'Bq/L', gross_beta: 'Bq/L', coliforms: 'MPN/100 mL', salmonella: 'vi khuẩn/100 mL', shigella: 'vi khuẩn/100 mL', vibrio_cholerae: 'vi khuẩn/100 mL',
};
const LAB = ['ph', 'bod5', 'cod', 'tss', 'sulfide', 'ammonium', 'nitrate', 'phosphate', 'oils', 'gross_alpha', 'gross_beta', 'coliforms', 'salmonella', 'shigella', 'vibrio_cholerae'];

/** A small deterministic generator (mulberry32): the same seed gives the same data set. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayAt(from: string, to: string, r: number): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(r * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Inspections with findings, requirements and (wastewater) lab results, written through
 * db/records.ts in one transaction — what the core's write path produces, minus the form checks
 * (statuses are set directly: a generated "completed" check did not go through completion; a
 * "signed" one is frozen by the real snapshot builder and signed, without the signing form's gaps).
 */
export function generateInspections(env: HandlerEnv, options: InspectionGenOptions): GeneratedInspection[] {
  const rnd = random(options.seed ?? 1);
  const signer = options.signer ?? signerFrom('bench-device', generateDeviceKeyPair());
  const out: GeneratedInspection[] = [];
  // The lab table is a section repeated per treatment system: each wastewater check's facility has one.
  const systems = new Map<string, string>();
  const systemOf = (facilityId: string): string => {
    let id = systems.get(facilityId);
    if (!id) {
      id = insertRecord(env, wastewaterSystemSpec, {
        facilityId, technology: 'AAO (kỵ khí – thiếu khí – hiếu khí)', designCapacityM3PerDay: 120, actualFlowM3PerDay: 90, commissionedOn: '2018-06-01',
        disinfection: 'Clo', receivingWater: 'Suối Nậm La', dischargeColumn: 'B', permitNo: null, permitExpiresOn: null, permitK: null, sludgeHandling: null, notes: null,
      });
      systems.set(facilityId, id);
    }
    return id;
  };
  env.db.transaction(() => {
    for (const facility of options.facilities) {
      for (let n = 0; n < options.perFacility; n++) {
        const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
        const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
        const date = dayAt(options.from, options.to, rnd());
        const team = [LEADERS[Math.floor(rnd() * LEADERS.length)]!, MEMBERS[Math.floor(rnd() * MEMBERS.length)]!];
        const fields: InspectionFields = {
          facilityId: facility.id,
          kind,
          decisionNumber: `${100 + out.length}/QĐ-SKHCN`,
          decisionDate: date,
          decisionIssuer: 'Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La',
          team: [
            { name: team[0]!, position: 'Chuyên viên', role: 'truong_doan' },
            { name: team[1]!, position: 'Chuyên viên', role: 'thanh_vien' },
          ],
          facilityRepresentatives: [{ name: 'Nguyễn Văn An', position: 'Giám đốc' }],
          startedAt: `${date}T08:30`,
          endedAt: finished(status) ? `${date}T11:00` : null,
          place: 'Tại cơ sở',
          templateId: TEMPLATES[kind],
          templateVersion: 1,
          // A signed check is written in progress, then signed once its answers and findings exist.
          status: status === 'signed' ? 'in_progress' : status,
          completedAt: status === 'completed' ? `${date}T04:00:00.000Z` : null,
          conclusion: null,
          facilityOpinion: null,
          rulePacks: null,
          notes: null,
          cancelReason: null,
          cancelledAt: null,
        };
        const id = insertRecord(env, inspectionSpec, fields);
        const gen: GeneratedInspection = { id, facilityId: facility.id, commune: facility.commune, kind, date, status, team, findings: [], requirements: [], measured: [] };
        const nFindings = Math.floor(rnd() * 3);
        for (let k = 0; k < nFindings; k++) {
          const severity = SEVERITIES[Math.floor(rnd() * SEVERITIES.length)]!;
          const fstatus = rnd() < 0.8 ? 'open' : 'dismissed';
          const ruleId = RULES[Math.floor(rnd() * RULES.length)] ?? null;
          const f: FindingFields = {
            inspectionId: id,
            facilityId: facility.id,
            itemKey: null,
            instanceKey: '',
            origin: ruleId ? 'rule' : 'manual',
            ruleId,
            ruleKey: ruleId ? `${ruleId}#${k}` : null,
            packId: null,
            packVersion: null,
            verdict: null,
            severity,
            title: ruleId ? `Không đạt: ${ruleId}` : 'Phát hiện của đoàn',
            description: null,
            status: fstatus,
          };
          const fid = insertRecord(env, findingSpec, f);
          gen.findings.push({ id: fid, severity, status: fstatus, ruleId });
          if (rnd() < 0.7) {
            const rstatus: RequirementStatus = rnd() < 0.6 ? 'open' : rnd() < 0.5 ? 'done' : 'not_done';
            const deadline = rnd() < 0.9 ? dayAt(date, '2027-12-31', rnd() * 0.3) : null;
            const req: RequirementFields = {
              findingId: fid,
              inspectionId: id,
              facilityId: facility.id,
              text: 'Khắc phục tồn tại đã nêu trong biên bản',
              responsible: 'Giám đốc cơ sở',
              deadline,
              status: rstatus,
              closedByInspectionId: null,
              closedAt: null,
              closingNote: null,
            };
            insertRecord(env, requirementSpec, req);
            gen.requirements.push({ status: rstatus, deadline });
          }
        }
        if (kind === 'wastewater' && (options.labRows ?? 0) > 0) {
          const rows = LAB.slice(0, options.labRows).map((row) => ({
            row,
            cells: { value: row === 'ph' ? (5 + rnd() * 4).toFixed(1) : (rnd() * 80).toFixed(1), unit: LAB_UNITS[row] ?? '', lab: 'Trung tâm Quan trắc' },
          }));
          insertRecord(env, answerSpec, { inspectionId: id, itemKey: 'lab_results', instanceKey: systemOf(facility.id), value: JSON.stringify(rows), note: null });
          gen.measured = rows.map((r) => r.row);
        }
        if (status === 'signed') signGenerated(env, id, signer, `${date}T04:00:00.000Z`);
        out.push(gen);
      }
    }
  })();
  return out;
}
