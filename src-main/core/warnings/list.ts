import type { z } from 'zod';
import type { RegisterWarning, WarningKind, WarningListInput } from '../../../src-shared/schemas/warning';
import { notFound } from '../db/records';
import type { JudgingEnv } from '../judging/packs';
import { licenceWarnings } from './licences';
import { requirementWarnings } from './requirements';
import { rsoWarnings } from './rso';
import { warningScope, type WarningScope } from './scope';
import { sourceWarnings } from './sources';
import { workerWarnings } from './workers';
import { workerDoseWarnings } from './worker-doses';
import { xrayQcWarnings } from './xray-qc';
import { byUrgency } from '../../../src-shared/warnings/order';

const SOURCES: { kinds: WarningKind[]; run: (scope: WarningScope, single: boolean) => RegisterWarning[] }[] = [
  { kinds: ['licence_expiry'], run: licenceWarnings },
  { kinds: ['xray_qc'], run: xrayQcWarnings },
  { kinds: ['dosimetry_late', 'health_check', 'training_refresher'], run: workerWarnings },
  { kinds: ['rso_missing'], run: (scope) => rsoWarnings(scope) },
  { kinds: ['source_status'], run: sourceWarnings },
  { kinds: ['requirement_overdue'], run: requirementWarnings },
  { kinds: ['worker_dose'], run: workerDoseWarnings },
];


/** Register warnings judged today with the packs in force: most urgent first. */
export function listWarnings(env: JudgingEnv, input: z.output<typeof WarningListInput>): RegisterWarning[] {
  const scope = warningScope(env, input.facilityId);
  if (input.facilityId && scope.facilities.length === 0) throw notFound({ label: { vi: 'cơ sở', en: 'facility' } }, input.facilityId);
  const wanted = input.kinds ? new Set(input.kinds) : null;
  const single = input.facilityId !== undefined;
  const out = SOURCES.filter((s) => !wanted || s.kinds.some((k) => wanted.has(k)))
    .flatMap((s) => s.run(scope, single))
    .filter((w) => !wanted || wanted.has(w.kind));
  return out.sort(byUrgency);
}
