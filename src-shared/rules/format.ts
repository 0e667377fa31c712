/**
 * Numbers in explanations: Vietnamese text uses a decimal comma ("1,2"), English a point.
 * No thousands grouping: "3.000" would read as three in English and the two texts sit side by side.
 */
export function fmt(n: number, lang: 'vi' | 'en'): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const text =
    abs !== 0 && (abs >= 1e9 || abs < 1e-4)
      ? n.toExponential(4).replace(/\.?0+e/, 'e')
      : new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6, useGrouping: false }).format(n);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** Rounds away binary noise (50 × 1.2 = 60.00000000000001) before comparing with a limit. */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** The same sentence in both languages, with numbers formatted for each. */
export function both(make: (f: (n: number) => string, lang: 'vi' | 'en') => string): { vi: string; en: string } {
  return { vi: make((n) => fmt(n, 'vi'), 'vi'), en: make((n) => fmt(n, 'en'), 'en') };
}
