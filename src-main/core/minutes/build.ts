import { answerKey, expandTemplate } from '../../../src-shared/checklists/expand';
import type { InspectionVerdicts } from '../../../src-shared/api/judging';
import { MINUTES_FORMAT, type MinutesSnapshot, type SignerInfo, type SnapshotRecord, type SnapshotSection } from '../../../src-shared/minutes/snapshot';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import type { HandlerEnv } from '../api/types';
import { requireTemplate, checklistStore } from '../checklists/store';
import { fieldsOf } from '../db/records';
import { listAnswers } from '../inspections/answers';
import { listAttachments } from '../inspections/attachments';
import { inspectionFacts } from '../inspections/facts';
import { facilitySpec } from '../records/facilities';
import { licenceSpec } from '../records/licences';
import { findingSpec, requirementSpec } from '../findings/specs';
import { collectMinutesView } from '../reports/minutes/collect';

/**
 * Everything the printed minutes show, read once inside the signing transaction: the header,
 * the facility and the register records the form was expanded with, every answer with its
 * note, photos and signatures (by SHA-256), every verdict with value, limit, basis and citation,
 * the packs, the findings and requirements. Nothing in it refers to a live row for its content.
 */
export function buildSnapshot(env: HandlerEnv, inspection: Inspection, verdicts: InspectionVerdicts, signer: SignerInfo, signedAt: string, legacyCompletedAt: string | null): MinutesSnapshot {
  const { template } = requireTemplate(checklistStore(env.resources.dir), inspection.templateId, inspection.templateVersion);
  const facts = inspectionFacts(env, inspection);
  const answers = new Map(listAnswers(env, inspection.id).map((a) => [answerKey(a.itemKey, a.instanceKey), a]));
  const values = new Map([...answers].map(([k, a]) => [k, a.value]));
  const attachments = listAttachments(env, inspection.id);
  const byItem = new Map(verdicts.items.map((v) => [answerKey(v.itemKey, v.instanceKey), v]));

  const sections: SnapshotSection[] = expandTemplate(template, facts, values).map((s) => ({
    key: s.section.key,
    title: s.section.title,
    instanceKey: s.instanceKey,
    instanceLabel: s.instanceLabel,
    items: s.items.map(({ item, instanceKey }) => {
      const key = answerKey(item.key, instanceKey);
      const answer = answers.get(key);
      const mine = attachments.filter((a) => a.itemKey === item.key && a.instanceKey === instanceKey);
      const judged = byItem.get(key);
      return {
        key: item.key,
        type: item.type,
        label: item.label,
        required: item.required,
        unit: item.unit ?? null,
        ruleId: item.rule ?? null,
        choices: item.choices?.map((c) => ({ key: c.key, label: c.label })) ?? null,
        table: item.table ?? null,
        citation: item.citation,
        answer: answer?.value ?? null,
        note: answer?.note ?? null,
        photos: mine.filter((a) => a.kind === 'photo').map((a) => ({ sha256: a.blobSha256, caption: a.caption })),
        signatures: mine.filter((a) => a.kind === 'signature').map((a) => ({ sha256: a.blobSha256, signerName: a.signerName, signerRole: a.signerRole })),
        verdicts: judged?.verdicts ?? [],
        problem: judged?.problem ?? null,
      };
    }),
  }));

  const facilityRow = env.db.prepare('SELECT * FROM facilities WHERE id = ?').get(inspection.facilityId) as Record<string, unknown>;
  const facility = fieldsOf(facilitySpec(env.resources.provinceName), facilityRow);
  const licences: SnapshotRecord[] = (
    env.db.prepare('SELECT * FROM licences WHERE facility_id = ? AND deleted_at IS NULL ORDER BY issued_on, id').all(inspection.facilityId) as Record<string, unknown>[]
  ).map((r) => {
    const f = fieldsOf(licenceSpec, r);
    return { id: r.id as string, label: String(f.number ?? ''), fields: { ...f, units: parseMaybe(f.units) } };
  });
  const records: Record<string, SnapshotRecord[]> = {};
  for (const [kind, list] of Object.entries(facts.records)) records[kind] = list.map((r) => ({ id: r.id, label: r.label, fields: r.facts }));

  const findings = (env.db.prepare('SELECT * FROM findings WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(inspection.id) as Record<string, unknown>[]).map((r) => {
    const f = fieldsOf(findingSpec, r);
    return {
      id: r.id as string,
      origin: f.origin,
      itemKey: f.itemKey,
      instanceKey: f.instanceKey,
      severity: f.severity,
      title: f.title,
      description: f.description,
      status: f.status,
      ruleId: f.ruleId,
      packId: f.packId,
      packVersion: f.packVersion,
    };
  });
  const requirements = (env.db.prepare('SELECT * FROM requirements WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(inspection.id) as Record<string, unknown>[]).map((r) => {
    const f = fieldsOf(requirementSpec, r);
    return { id: r.id as string, findingId: f.findingId, text: f.text, responsible: f.responsible, deadline: f.deadline };
  });

  return {
    format: MINUTES_FORMAT,
    inspection: {
      id: inspection.id,
      kind: inspection.kind,
      decisionNumber: inspection.decisionNumber,
      decisionDate: inspection.decisionDate,
      decisionIssuer: inspection.decisionIssuer,
      team: inspection.team,
      facilityRepresentatives: inspection.facilityRepresentatives,
      startedAt: inspection.startedAt,
      endedAt: inspection.endedAt,
      place: inspection.place,
      conclusion: inspection.conclusion,
      facilityOpinion: inspection.facilityOpinion,
      notes: inspection.notes,
      templateId: template.id,
      templateVersion: template.version,
      templateTitle: template.title,
      judgedOn: verdicts.date,
      legacyCompletedAt,
    },
    facility: { ...facility, id: inspection.facilityId, provinceName: env.resources.provinceName(facility.provinceCode) },
    licences,
    records,
    sections,
    packs: verdicts.packs,
    verdictCounts: verdicts.counts,
    findings,
    requirements,
    signedBy: signer,
    signedAt,
    // What the PDF prints, collected from the same rows in the same transaction (the verdicts just recorded).
    view: { ...collectMinutesView(env, inspection.id, 'vi'), status: 'signed', contentHash: null },
  };
}

function parseMaybe(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
