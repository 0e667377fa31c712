import { viDate } from '../rules/dates';
import { classifySource, decayedActivity } from '../rules/sources';
import { findRule, ruleMissing, verdict } from '../rules/verdict';
import { asNumber, asText, recordFact } from './answers';
import { single } from './checklist-verdicts';
import type { ItemJudge, JudgeInput } from './types';

const BANDS_RULE = 'sources.category_bands';

/** The nuclide as the pack spells it: the register's choice, or the free text for "other". */
function nuclideOf(input: JudgeInput): string | null {
  const n = asText(recordFact(input, 'sealed_source', 'nuclide'));
  return n === 'other' ? asText(recordFact(input, 'sealed_source', 'nuclideOther')) : n;
}

/**
 * The group the inspector recorded ("group_3") against the one computed today: activity decayed
 * from the reference date to the day of the check, A/D, the pack's category bands.
 */
export const sourceGroup: ItemJudge = (input) => {
  const rule = findRule(input.pack, BANDS_RULE);
  if (!rule) return single(ruleMissing(input.pack, BANDS_RULE));
  const nuclide = nuclideOf(input);
  const a0 = asNumber(recordFact(input, 'sealed_source', 'activityBq'));
  const ref = asText(recordFact(input, 'sealed_source', 'referenceDate'));
  const recorded = typeof input.answer === 'string' ? Number(input.answer.replace(/^group_/, '')) : null;
  const missing = (vi: string, en: string) =>
    single(verdict(input.pack, rule, { status: 'missing_data', value: recorded, unit: null, explanation: { vi: `Thiếu dữ liệu: ${vi}`, en: `Missing data: ${en}` } }));
  if (!nuclide || a0 === null || !ref) return missing('sổ đăng ký chưa có đồng vị, hoạt độ hoặc ngày tham chiếu của nguồn.', 'the register lacks the nuclide, activity or reference date of the source.');
  const decayed = decayedActivity(input.pack, { nuclide, activityBq: a0, referenceDate: ref, date: input.date });
  if (!decayed.ok) return single(verdict(input.pack, rule, { status: 'missing_data', value: recorded, unit: null, explanation: decayed.reason }));
  const cls = classifySource(input.pack, { nuclide, activityBq: decayed.activityBq });
  if (!cls.ok) return single(verdict(input.pack, rule, { status: 'missing_data', value: recorded, unit: null, explanation: cls.reason }));
  const expected = cls.nationalGroup ?? cls.category;
  const basis = { formula: { vi: `${decayed.formula.vi}; ${cls.explanation.vi}`, en: `${decayed.formula.en}; ${cls.explanation.en}` } };
  const verified = decayed.verified && cls.verified;
  if (recorded === null || !Number.isInteger(recorded)) {
    return single(
      verdict(input.pack, rule, {
        status: 'missing_data',
        value: null,
        unit: null,
        basis,
        verified,
        explanation: {
          vi: `Thiếu dữ liệu: chưa ghi nhóm nguồn; tính đến ${viDate(input.date)} nguồn thuộc nhóm ${expected}.`,
          en: `Missing data: no group recorded; as of ${viDate(input.date)} the source is group ${expected}.`,
        },
      }),
    );
  }
  const pass = recorded === expected;
  return single(
    verdict(input.pack, rule, {
      status: pass ? 'pass' : 'fail',
      value: recorded,
      unit: null,
      basis,
      verified,
      explanation: pass
        ? { vi: `Nhóm nguồn ghi nhận (nhóm ${recorded}) đúng với nhóm tính được — đạt.`, en: `The recorded group (${recorded}) matches the computed one — pass.` }
        : {
            vi: `Nhóm nguồn ghi nhận là nhóm ${recorded} nhưng tính đến ${viDate(input.date)} nguồn thuộc nhóm ${expected} — không đạt.`,
            en: `The recorded group is ${recorded} but as of ${viDate(input.date)} the source is group ${expected} — fail.`,
          },
    }),
  );
};
