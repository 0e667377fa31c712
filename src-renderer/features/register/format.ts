import * as numbers from '../../../src-shared/text/numbers';
import { i18next } from '../../i18n';

/** The register screens' numbers in the language shown now (the rules live in src-shared/text/numbers.ts). */
const language = (): numbers.NumberLanguage => (i18next.language === 'en' ? 'en' : 'vi');

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numbers.formatNumber(n, language());
}

export function numberForInput(n: number | null | undefined): string {
  return numbers.numberForInput(n, language());
}

export function formatActivity(bq: number): string {
  return numbers.formatActivity(bq, language());
}

/** A live preview of a typed number: null while it is not (yet) one. The schema has the last word. */
export function parseLocaleNumber(text: unknown): number | null {
  return numbers.parseLocaleNumber(text) ?? null;
}

export { readableActivity } from '../../../src-shared/text/numbers';
