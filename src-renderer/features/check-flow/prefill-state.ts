import type { Item } from '../../../src-shared/checklists/schema';
import type { PrefillEntry } from '../../../src-shared/checklists/prefill';
import type { Language } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { formatNumber } from '../../../src-shared/text/numbers';

/** Where a prefilled item stands: shown from the register, confirmed by saving it, or corrected. */
export type PrefillState = 'suggested' | 'confirmed' | 'corrected';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `stored` is the saved answer (undefined when none), `shown` what the field holds now. */
export function prefillState(entry: PrefillEntry, stored: unknown, shown: unknown): PrefillState {
  if (shown !== undefined && shown !== null && !same(shown, entry.value)) return 'corrected';
  if (stored === undefined || stored === null) return 'suggested';
  return same(stored, entry.value) ? 'confirmed' : 'corrected';
}

/** The register's value as the form would show it (dd/MM/yyyy, "0,5", the choice's words). */
export function displayValue(item: Item, value: unknown, language: Language, words: { yes: string; no: string; na: string }): string {
  if (value === null || value === undefined) return '';
  if (item.type === 'date' && typeof value === 'string') return formatDate(value);
  if (item.type === 'number' && typeof value === 'number') return formatNumber(value, language);
  if (item.type === 'yes_no_na' && (value === 'yes' || value === 'no' || value === 'na')) return words[value];
  if (item.type === 'choice') return item.choices?.find((c) => c.key === value)?.label[language] ?? String(value);
  return String(value);
}
