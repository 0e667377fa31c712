import type { ItemType } from '../checklists/schema';
import { INTERVAL_RULES } from '../rules/radiation';
import { byType, feedsOthers, yesNo } from './checklist-verdicts';
import { doseRateTable, intervalDate, licenceExpiry, licenceRenewal, qcDate, tubeLeakage } from './radiation-judges';
import { dosimetryInterval, workerDoses } from './worker-dose-judges';
import { sourceGroup } from './sources-judges';
import type { ItemJudge } from './types';
import { capacity, disinfection, labResults, parameterNumber, permitExpiry } from './wastewater-judges';

/**
 * Template rule ids (what a checklist item's `rule` says) → how the item is judged with the
 * engine. The templates name obligations ("radiation.qcInterval"); the packs hold the figures
 * under their own rule ids ("radiation.qc_interval"); this table is the only place joining them.
 * A template rule missing here is reported as "no judge", never guessed.
 */
const JUDGES: Record<string, (type: ItemType) => ItemJudge | null> = {
  'radiation.licenceValidity': byType({ yes_no_na: yesNo('radiation.licence'), date: licenceExpiry }),
  'radiation.licenceRenewal': byType({ yes_no_na: licenceRenewal }),
  'radiation.unitDeclaration': byType({ yes_no_na: yesNo(null) }),
  'radiation.rso': byType({ yes_no_na: yesNo('radiation.rso') }),
  'radiation.training': byType({
    yes_no_na: yesNo(INTERVAL_RULES.training_refresher),
    date: intervalDate('training_refresher', ['lastRefresherOn', 'trainingOn']),
  }),
  'radiation.dosimetryInterval': byType({ yes_no_na: dosimetryInterval }),
  'radiation.dosimetryInterventional': byType({ yes_no_na: yesNo('radiation.dose.interventional_formula') }),
  'radiation.doseLimit.worker': byType({ number: workerDoses }),
  'radiation.healthCheck': byType({ yes_no_na: yesNo(INTERVAL_RULES.health_check), date: intervalDate('health_check', ['lastHealthCheckOn']) }),
  'radiation.qcInterval': byType({ yes_no_na: yesNo('radiation.qc_interval'), date: qcDate }),
  'radiation.doseRate': byType({ measurement_table: doseRateTable }),
  'radiation.tubeLeakage': byType({ number: tubeLeakage }),
  'radiation.areaMonitoring': byType({ yes_no_na: yesNo(INTERVAL_RULES.area_monitoring) }),
  'radiation.annualReport': byType({ yes_no_na: yesNo(null) }),
  'sources.inventory': byType({ yes_no_na: yesNo(null) }),
  'sources.category': byType({ choice: sourceGroup }),
  'wastewater.permitValidity': byType({ yes_no_na: yesNo(null), date: permitExpiry }),
  'wastewater.parameter': byType({ number: parameterNumber, measurement_table: labResults, choice: feedsOthers }),
  'wastewater.capacity': byType({ number: capacity }),
  'wastewater.disinfection': byType({ choice: disinfection }),
};

/** Answers of other items a judge reads, beyond items of its own rule (see itemsAffectedBy). */
const READS: Record<string, string[]> = {
  'radiation.licenceRenewal': ['licence_expiry'],
};

export function itemsReadBy(ruleId: string): readonly string[] {
  return READS[ruleId] ?? [];
}

export function judgeFor(ruleId: string, type: ItemType): ItemJudge | null {
  return JUDGES[ruleId]?.(type) ?? null;
}

/** Template rule ids the judges know (for a template check or a coverage report). */
export function judgedRuleIds(): string[] {
  return Object.keys(JUDGES);
}
