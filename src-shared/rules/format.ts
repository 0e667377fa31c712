import { formatNumber } from '../text/numbers';

/** Numbers in explanations: the one formatter (src-shared/text/numbers.ts). */
export function fmt(n: number, lang: 'vi' | 'en'): string {
  return formatNumber(n, lang);
}

/** Rounds away binary noise (50 × 1.2 = 60.00000000000001) before comparing with a limit. */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** The same sentence in both languages, with numbers formatted for each. */
export function both(make: (f: (n: number) => string, lang: 'vi' | 'en') => string): { vi: string; en: string } {
  return { vi: make((n) => fmt(n, 'vi'), 'vi'), en: make((n) => fmt(n, 'en'), 'en') };
}
