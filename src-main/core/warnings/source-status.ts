import { KiemTraError } from '../../../src-shared/api/errors';
import { classifySource, decayedActivity } from '../../../src-shared/rules/sources';
import type { SourceStatus } from '../../../src-shared/schemas/warning';
import type { RulePack } from '../../../src-shared/rules/pack-schema';
import { notFound } from '../db/records';
import type { JudgingEnv } from '../judging/packs';
import { warningScope } from './scope';

export interface SourceRow {
  id: string;
  facility_id: string;
  nuclide: string;
  nuclide_other: string | null;
  activity_bq: number;
  reference_date: string;
  serial: string | null;
}

/** Decay to `date` and classify, with the sources pack in force; what is missing is said, not guessed. */
export function computeSourceStatus(pack: RulePack | null, row: SourceRow, date: string): SourceStatus {
  const nuclide = row.nuclide === 'other' ? (row.nuclide_other ?? 'other') : row.nuclide;
  const base: SourceStatus = {
    sourceId: row.id,
    facilityId: row.facility_id,
    nuclide,
    date,
    referenceActivityBq: row.activity_bq,
    referenceDate: row.reference_date,
    activityBq: null,
    elapsedDays: null,
    halfLifeDays: null,
    ratio: null,
    dValueTBq: null,
    category: null,
    nationalGroup: null,
    decayFormula: null,
    explanation: { vi: 'Thiếu dữ liệu: không có gói quy chuẩn về nguồn phóng xạ đang có hiệu lực.', en: 'Missing data: no sources rule pack is in force.' },
    citation: null,
    verified: false,
    packId: pack?.id ?? null,
    packVersion: pack?.version ?? null,
  };
  if (!pack) return base;
  const decayed = decayedActivity(pack, { nuclide, activityBq: row.activity_bq, referenceDate: row.reference_date, date });
  if (!decayed.ok) return { ...base, explanation: decayed.reason };
  const withDecay: SourceStatus = {
    ...base,
    activityBq: decayed.activityBq,
    elapsedDays: decayed.elapsedDays,
    halfLifeDays: decayed.halfLifeDays,
    decayFormula: decayed.formula,
    citation: decayed.citation,
    verified: decayed.verified,
    explanation: decayed.formula,
  };
  const cls = classifySource(pack, { nuclide, activityBq: decayed.activityBq });
  if (!cls.ok) return { ...withDecay, explanation: { vi: `${decayed.formula.vi}. ${cls.reason.vi}`, en: `${decayed.formula.en}. ${cls.reason.en}` } };
  return {
    ...withDecay,
    ratio: cls.ratio,
    dValueTBq: cls.dValueTBq,
    category: cls.category,
    nationalGroup: cls.nationalGroup,
    citation: cls.citation,
    verified: decayed.verified && cls.verified,
    explanation: { vi: `${decayed.formula.vi}; ${cls.explanation.vi}`, en: `${decayed.formula.en}; ${cls.explanation.en}` },
  };
}

/** 'sources.status': one source today, for its page. */
export function sourceStatus(env: JudgingEnv, id: string): SourceStatus {
  const row = env.db
    .prepare('SELECT id, facility_id, nuclide, nuclide_other, activity_bq, reference_date, serial, deleted_at FROM sealed_sources WHERE id = ?')
    .get(id) as (SourceRow & { deleted_at: string | null }) | undefined;
  if (!row || row.deleted_at) throw notFound({ label: { vi: 'nguồn phóng xạ kín', en: 'sealed source' } }, id);
  const scope = warningScope(env, row.facility_id);
  const facility = scope.facilities[0];
  if (!facility) {
    throw new KiemTraError('NOT_FOUND', `Cơ sở của nguồn ${id} đã bị xoá`, `The facility of source ${id} was deleted`, { context: { sourceId: id } });
  }
  return computeSourceStatus(scope.packFor(facility, 'sources'), row, scope.today);
}
