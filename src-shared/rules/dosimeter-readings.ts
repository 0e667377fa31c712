import { addMonths, daysBetween, isIsoDate, viDate } from './dates';
import { both } from './format';
import type { RulePack } from './pack-schema';
import { findRule, inputMissing, param, regulationDataMissing, ruleMissing, verdict, type Verdict } from './verdict';

const READ_RULE = 'radiation.dosimeter_read_interval';

/**
 * "Personal dosimeters read at least every N months", judged from the days the readings were
 * made: every gap between two readings, and the time from the last one to the day of the check,
 * must be at most N months (N from the pack). Readings after the check day are not counted.
 */
export function evaluateReadingDates(pack: RulePack, readDates: readonly (string | null | undefined)[], asOf: string): Verdict {
  const rule = findRule(pack, READ_RULE);
  if (!rule) return ruleMissing(pack, READ_RULE);
  const months = param(rule, 'maxMonths', 'number');
  if (!months) return regulationDataMissing(pack, rule, 'maxMonths');
  const dates = [...new Set(readDates.filter((d): d is string => isIsoDate(d) && d <= asOf))].sort();
  if (dates.length === 0) return { ...inputMissing(pack, rule, { vi: 'ngày đọc liều kế trong sổ đăng ký', en: 'the dosimeter reading dates in the register' }), aspect: 'reading_dates' };
  // The longest stretch without a reading: between two readings, or from the last one to the check.
  const spans = [...dates.slice(1).map((to, i) => ({ from: dates[i]!, to, open: false })), { from: dates[dates.length - 1]!, to: asOf, open: true }];
  const late = spans.filter((s) => s.to > addMonths(s.from, months.value)).sort((a, b) => daysBetween(b.from, b.to) - daysBetween(a.from, a.to))[0];
  const last = dates[dates.length - 1]!;
  const due = addMonths(last, months.value);
  const basis = {
    formula: both((f, lang) =>
      lang === 'vi'
        ? `${dates.length} lần đọc: ${dates.map(viDate).join(', ')}; mỗi khoảng ≤ ${f(months.value)} tháng; hạn lần tiếp theo = ${viDate(last)} + ${f(months.value)} tháng = ${viDate(due)}`
        : `${dates.length} readings: ${dates.map(viDate).join(', ')}; each gap ≤ ${f(months.value)} months; next due = ${viDate(last)} + ${f(months.value)} months = ${viDate(due)}`,
    ),
  };
  const common = { aspect: 'reading_dates', value: last, unit: null, limit: null, verified: months.verified, basis };
  if (late) {
    const over = daysBetween(addMonths(late.from, months.value), late.to);
    return verdict(pack, rule, {
      ...common,
      status: 'fail',
      explanation: both((f, lang) =>
        lang === 'vi'
          ? late.open
            ? `${rule.title.vi}: lần đọc gần nhất ${viDate(late.from)}, đến ngày kiểm tra ${viDate(asOf)} đã quá ${f(months.value)} tháng (quá ${over} ngày) — không đạt.`
            : `${rule.title.vi}: giữa hai lần đọc ${viDate(late.from)} và ${viDate(late.to)} quá ${f(months.value)} tháng (quá ${over} ngày) — không đạt.`
          : late.open
            ? `${rule.title.en}: last read on ${viDate(late.from)}; by the check date ${viDate(asOf)} more than ${f(months.value)} months have passed (${over} days over) — fail.`
            : `${rule.title.en}: more than ${f(months.value)} months between the readings of ${viDate(late.from)} and ${viDate(late.to)} (${over} days over) — fail.`,
      ),
    });
  }
  return verdict(pack, rule, {
    ...common,
    status: 'pass',
    explanation: both((f, lang) =>
      lang === 'vi'
        ? `${rule.title.vi}: ${dates.length} lần đọc, không khoảng nào quá ${f(months.value)} tháng, lần gần nhất ${viDate(last)} (hạn tiếp theo ${viDate(due)}) — đạt.`
        : `${rule.title.en}: ${dates.length} readings, no gap over ${f(months.value)} months, last on ${viDate(last)} (next due ${viDate(due)}) — pass.`,
    ),
  });
}
