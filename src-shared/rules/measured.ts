/**
 * What an inspector or a lab report writes in a result cell: a number ("0,5" or 0.5), "KPH" /
 * "không phát hiện" (not detected), or "<2" (below the detection limit of 2).
 */
export type MeasuredInput = number | string | null | undefined;

export type Measured =
  | { kind: 'number'; value: number }
  | { kind: 'not_detected' }
  | { kind: 'less_than'; value: number }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

const NOT_DETECTED = new Set(['kph', 'khong phat hien', 'nd', 'not detected', 'am tinh', 'negative']);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function parseNumber(s: string): number | null {
  const t = s.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function parseMeasured(input: MeasuredInput): Measured {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'invalid', text: String(input) };
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const folded = fold(text);
  if (NOT_DETECTED.has(folded)) return { kind: 'not_detected' };
  if (folded.startsWith('<')) {
    const n = parseNumber(folded.slice(1));
    return n === null ? { kind: 'invalid', text } : { kind: 'less_than', value: n };
  }
  const n = parseNumber(folded);
  return n === null ? { kind: 'invalid', text } : { kind: 'number', value: n };
}

/** How the value is shown back in a verdict: the number, or the text as written. */
export function shownValue(input: MeasuredInput, m: Measured): number | string | null {
  if (m.kind === 'number') return m.value;
  if (m.kind === 'empty') return null;
  return typeof input === 'string' ? input.trim() : String(input);
}
