import { query } from './define';
import { IdInput } from '../schemas/facility';
import { WarningListInput, type RegisterWarning, type SourceStatus } from '../schemas/warning';

export const warningOperations = {
  /** Register warnings (licences, QC, dosimetry, health, training, RSO, sources, overdue requirements), judged today. */
  'warnings.list': query<RegisterWarning[]>()(WarningListInput),
  /** One sealed source today: decayed activity, A/D and IAEA category, with formulas. */
  'sources.status': query<SourceStatus>()(IdInput),
} as const;
