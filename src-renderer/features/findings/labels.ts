import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS } from '../../../src-shared/schemas/finding';
import type { Language } from '../../i18n';

/** The severity words the minutes print (src-shared), so screen and paper agree. */
export function severityOptions(language: Language) {
  return FINDING_SEVERITIES.map((s) => ({ value: s, label: FINDING_SEVERITY_LABELS[s][language] }));
}
