import { answerKey, expandTemplate } from '../../../../src-shared/checklists/expand';
import type { ItemVerdicts } from '../../../../src-shared/judging/types';
import {
  MINUTES_VIEW_VERSION,
  type MinutesFinding,
  type MinutesItem,
  type MinutesLang,
  type MinutesLicence,
  type MinutesPhoto,
  type MinutesRequirement,
  type MinutesSection,
  type MinutesSignature,
  type MinutesView,
} from '../../../../src-shared/minutes/view';
import { answerWords, tableOf, verdictWords } from '../../../../src-shared/minutes/words';
import { LICENCE_KIND_LABELS, type LicenceKind } from '../../../../src-shared/schemas/register/licences';
import type { SignerRole } from '../../../../src-shared/schemas/inspection';
import { listFindings } from '../../findings/findings';
import { listAttachments } from '../../inspections/attachments';
import { listAnswers } from '../../inspections/answers';
import { evaluateInspection } from '../../judging/evaluate';
import type { JudgingEnv } from '../../judging/packs';

export type MinutesEnv = JudgingEnv & { resources: { dir: string; provinceName(code: string): string } };

export interface CollectOptions {
  /** The team's unit as the inspector's profile names it; else the Sở of the facility's province. */
  issuingBody?: string | null;
  /** Copies the minutes are made in (the team keeps one, the facility one). */
  copies?: number;
}

/** Signature blocks printed even when nobody has signed yet: the team leader and the facility. */
const REQUIRED_SIGNERS: SignerRole[] = ['dai_dien_co_so', 'truong_doan'];

/** The signature item keys of the shipped templates name the signer's role. */
function roleOfItem(itemKey: string): SignerRole | null {
  const m = /^sig_(truong_doan|thanh_vien|thu_ky|dai_dien_co_so)$/.exec(itemKey);
  return m ? (m[1] as SignerRole) : null;
}

/**
 * The minutes of one inspection from today's live tables: header, facility, every visible item
 * with its answer and verdicts (the pack versions it recorded when completed, else those in
 * force), open findings, requirements and signatures. Reads no clock of its own: the same rows
 * give the same view, which is what the signed snapshot freezes.
 */
export function collectMinutesView(env: MinutesEnv, inspectionId: string, lang: MinutesLang, options: CollectOptions = {}): MinutesView {
  const first = evaluateInspection(env, inspectionId);
  const refs = first.inspection.status === 'completed' ? first.inspection.rulePacks : null;
  const ev = refs && refs.length ? evaluateInspection(env, inspectionId, { kind: 'recorded', refs }) : first;
  const { inspection, template, facts } = ev;

  const answers = listAnswers(env, inspectionId);
  const answerMap = new Map(answers.map((a) => [answerKey(a.itemKey, a.instanceKey), a]));
  const valueMap = new Map(answers.map((a) => [answerKey(a.itemKey, a.instanceKey), a.value]));
  const attachments = listAttachments(env, inspectionId);
  const verdictsOf = new Map<string, ItemVerdicts>(ev.verdicts.items.map((i) => [answerKey(i.itemKey, i.instanceKey), i]));

  const photos: MinutesPhoto[] = [];
  const signed = new Map<string, MinutesSignature>();
  const sections: MinutesSection[] = [];
  for (const s of expandTemplate(template, facts, valueMap)) {
    const items: MinutesItem[] = [];
    for (const { item, instanceKey } of s.items) {
      const key = answerKey(item.key, instanceKey);
      const label = { vi: item.label.vi, en: item.label.en };
      const mine = attachments.filter((a) => a.itemKey === item.key && a.instanceKey === instanceKey);
      if (item.type === 'signature') {
        for (const a of mine) {
          const role = a.signerRole ?? roleOfItem(item.key) ?? 'khac';
          signed.set(`${role}\u0000${a.signerName ?? ''}\u0000${a.blobSha256}`, { role, name: a.signerName, sha256: a.blobSha256 });
        }
        continue;
      }
      for (const a of mine) if (a.kind === 'photo') photos.push({ sha256: a.blobSha256, caption: a.caption, item: label, instanceLabel: s.instanceLabel });
      const answer = answerMap.get(key);
      items.push({
        itemKey: item.key,
        label,
        answer: answerWords(item, answer?.value),
        note: answer?.note ?? null,
        table: tableOf(item, answer?.value),
        verdicts: (verdictsOf.get(key)?.verdicts ?? []).map((v) => verdictWords(v.where, v.verdict)),
        citation: { vi: item.citation.vi, en: item.citation.vi },
        photoCount: mine.filter((a) => a.kind === 'photo').length,
      });
    }
    if (items.length) sections.push({ sectionKey: s.section.key, title: { vi: s.section.title.vi, en: s.section.title.en }, instanceLabel: s.instanceLabel, items });
  }

  const facility = env.db
    .prepare('SELECT name, street, commune, legacy_district, province_code, contact_name, contact_phone FROM facilities WHERE id = ?')
    .get(inspection.facilityId) as Record<string, string | null>;
  const province = env.resources.provinceName(facility.province_code ?? '');
  const licences = (
    env.db
      .prepare('SELECT kind, number, issued_by, issued_on, expires_on FROM licences WHERE facility_id = ? AND deleted_at IS NULL ORDER BY issued_on, number, id')
      .all(inspection.facilityId) as { kind: LicenceKind; number: string; issued_by: string | null; issued_on: string | null; expires_on: string | null }[]
  ).map(
    (l): MinutesLicence => ({
      kind: LICENCE_KIND_LABELS[l.kind] ? { vi: LICENCE_KIND_LABELS[l.kind].vi, en: LICENCE_KIND_LABELS[l.kind].en } : { vi: l.kind, en: l.kind },
      number: l.number,
      issuedBy: l.issued_by,
      issuedOn: l.issued_on,
      expiresOn: l.expires_on,
    }),
  );

  const findingRows = listFindings(env, { inspectionId, includeDeleted: false }).filter((f) => f.status === 'open');
  const findings: MinutesFinding[] = findingRows.map((f) => ({
    severity: f.severity,
    title: f.title,
    description: f.description,
    explanation: f.verdict ? { vi: f.verdict.explanation.vi, en: f.verdict.explanation.en } : null,
  }));
  const titles = new Map(findingRows.map((f) => [f.id, f.title]));
  const requirements = (
    env.db
      .prepare("SELECT text, responsible, deadline, finding_id FROM requirements WHERE inspection_id = ? AND deleted_at IS NULL AND status <> 'cancelled' ORDER BY deadline IS NULL, deadline, created_at, id")
      .all(inspectionId) as { text: string; responsible: string | null; deadline: string | null; finding_id: string | null }[]
  ).map((r): MinutesRequirement => ({ text: r.text, responsible: r.responsible, deadline: r.deadline, finding: r.finding_id ? (titles.get(r.finding_id) ?? null) : null }));

  const signatures = [...signed.values()];
  for (const role of REQUIRED_SIGNERS) {
    if (!signatures.some((s) => s.role === role)) {
      const name = role === 'truong_doan' ? (inspection.team.find((m) => m.role === 'truong_doan')?.name ?? null) : (inspection.facilityRepresentatives[0]?.name ?? null);
      signatures.push({ role, name, sha256: null });
    }
  }

  const view: MinutesView = {
    version: MINUTES_VIEW_VERSION,
    lang,
    inspectionId,
    status: inspection.status,
    kind: inspection.kind,
    superiorBody: province ? `UBND tỉnh ${province}` : null,
    issuingBody: options.issuingBody?.trim() || 'Sở Khoa học và Công nghệ',
    number: null,
    datedAt: { place: province, date: inspection.startedAt?.slice(0, 10) ?? inspection.decisionDate ?? null },
    subject: { vi: template.title.vi, en: template.title.en },
    decision: { number: inspection.decisionNumber, date: inspection.decisionDate, issuer: inspection.decisionIssuer },
    startedAt: inspection.startedAt,
    endedAt: inspection.endedAt,
    place: inspection.place,
    team: inspection.team.map((m) => ({ name: m.name, position: m.position, role: m.role })),
    facility: {
      name: facility.name ?? '',
      street: facility.street ?? null,
      commune: facility.commune ?? null,
      legacyDistrict: facility.legacy_district ?? null,
      province,
      contactName: facility.contact_name ?? null,
      contactPhone: facility.contact_phone ?? null,
      representatives: inspection.facilityRepresentatives.map((r) => ({ name: r.name, position: r.position })),
      licences,
    },
    sections,
    counts: { ...ev.verdicts.counts },
    packs: ev.verdicts.packs.flatMap((p) => (p.packId && p.version ? [{ packId: p.packId, version: p.version, regulation: p.regulation }] : [])),
    findings,
    requirements,
    conclusion: inspection.conclusion,
    facilityOpinion: inspection.facilityOpinion,
    copies: options.copies ?? 2,
    signatures,
    photos,
    contentHash: null,
  };
  return nfcDeep(view);
}

/** Every string in NFC: the minutes print what was typed, however the keyboard composed it. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfcDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfcDeep(v);
    return out as T;
  }
  return value;
}
