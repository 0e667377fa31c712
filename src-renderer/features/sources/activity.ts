import { formatNumber } from '../../../src-shared/text/numbers';
import type { Language } from '../../i18n';

export { formatActivity } from '../../../src-shared/text/numbers';

/** A/D spans ten orders of magnitude: four significant digits, scientific when tiny. */
export function formatRatio(r: number, language: Language): string {
  return formatNumber(r, language, 4);
}
