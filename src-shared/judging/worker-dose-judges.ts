import { yesNo, verdictKey } from './checklist-verdicts';
import { INTERVAL_RULES } from '../rules/radiation';
import type { Verdict } from '../rules/verdict';
import { workerAnnualDose } from './radiation-judges';
import type { ItemJudge, ItemVerdict, JudgeInput } from './types';
import { readingDatesVerdict, recordedDoseVerdicts, workerDosesOf } from './worker-doses';

/** The workers the item looks at: its own in a worker section, else every worker of the facility. */
function workersOf(input: JudgeInput) {
  if (input.record) return input.repeat === 'worker' ? [input.record] : [];
  return input.facts.records.worker ?? [];
}

/** One verdict per worker and check, each its own finding (the key names the worker). */
function perWorker(input: JudgeInput, judge: (worker: ReturnType<typeof workerDosesOf>) => Verdict[]): ItemVerdict[] {
  return workersOf(input).flatMap((w) => judge(workerDosesOf(w)).map((v) => ({ key: `${verdictKey(v)}@${w.id}`, where: w.label, verdict: v })));
}

/**
 * The dose item of the dosimetry section: every worker's recorded doses against the pack's limits
 * (any year, the N-year average, lens, skin, E from two dosimeters), with the figures; a typed
 * "highest dose" is judged too. Only when neither exists is the item missing data.
 */
export const workerDoses: ItemJudge = (input) => {
  const recorded = perWorker(input, (w) => recordedDoseVerdicts(input.pack, w, input.date));
  if (recorded.length === 0 || (input.answer !== null && input.answer !== undefined)) return [...workerAnnualDose(input), ...recorded];
  return recorded;
};

const typedInterval = yesNo(INTERVAL_RULES.dosimeter_read);

/**
 * "Read at least every 3 months": the yes/no the inspector gives, and for each worker with dose
 * records the rule judged on the days the dosimeter was read.
 */
export const dosimetryInterval: ItemJudge = (input) => {
  // A worker's own section asks only yes/no: the dates are judged once, in the dosimetry section.
  if (input.record) return typedInterval(input);
  const fromDates = perWorker(input, (w) => {
    const v = readingDatesVerdict(input.pack, w, input.date);
    return v ? [v] : [];
  });
  if (fromDates.length === 0 || (input.answer !== null && input.answer !== undefined)) return [...typedInterval(input), ...fromDates];
  return fromDates;
};
