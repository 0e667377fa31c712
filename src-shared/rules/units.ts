import { z } from 'zod';
import { fmt } from './format';
import type { LocalText } from './pack-schema';

/**
 * Units of measurement a value may be typed in, one closed list per kind of quantity, each with
 * its factor to the family's first unit. A value is converted to the rule's unit before it is
 * judged; a unit outside the rule's family is never converted (no verdict, the reason instead).
 * MPN (most probable number) and CFU (colony count) are two different methods: a count in one
 * is not a count in the other, so they are separate families.
 */
interface UnitDef {
  unit: string;
  factor: number;
  aliases?: string[];
}

const FAMILIES: readonly (readonly UnitDef[])[] = [
  [
    { unit: 'mg/L', factor: 1 },
    { unit: 'µg/L', factor: 1e-3, aliases: ['ug/L', 'mcg/L'] },
    { unit: 'g/L', factor: 1e3 },
    { unit: 'ng/L', factor: 1e-6 },
  ],
  [
    { unit: 'Bq/L', factor: 1 },
    { unit: 'mBq/L', factor: 1e-3 },
    { unit: 'kBq/L', factor: 1e3 },
  ],
  [
    { unit: 'MPN/100 mL', factor: 1, aliases: ['MPN/100mL'] },
    { unit: 'MPN/L', factor: 0.1 },
  ],
  [{ unit: 'CFU/100 mL', factor: 1, aliases: ['CFU/100mL'] }],
  [{ unit: 'vi khuẩn/100 mL', factor: 1, aliases: ['vi khuan/100 mL', 'bacteria/100 mL', '/100 mL'] }],
  [
    { unit: 'µSv/h', factor: 1, aliases: ['uSv/h'] },
    { unit: 'nSv/h', factor: 1e-3 },
    { unit: 'mSv/h', factor: 1e3 },
  ],
  [
    { unit: 'mGy/h', factor: 1 },
    { unit: 'µGy/h', factor: 1e-3, aliases: ['uGy/h'] },
  ],
  [{ unit: 'm³/ngày', factor: 1, aliases: ['m3/ngày', 'm³/ngày đêm', 'm3/day', 'm³/day'] }],
];

/** Case, spaces, the two micro signs (µ U+00B5, μ U+03BC) and ³/3 do not tell units apart. */
function keyOf(text: string): string {
  return text.normalize('NFC').replace(/[µμ]/g, 'u').replace(/³/g, '3').replace(/\s+/g, '').toLowerCase();
}

const BY_KEY = new Map<string, { def: UnitDef; family: number }>();
FAMILIES.forEach((family, i) => {
  for (const def of family) for (const name of [def.unit, ...(def.aliases ?? [])]) BY_KEY.set(keyOf(name), { def, family: i });
});

/** The unit as the app writes it ("ug/l" → "µg/L"); null when it is not a unit the app knows. */
export function canonicalUnit(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return BY_KEY.get(keyOf(text))?.def.unit ?? null;
}

/** The closed list a value of this (rule's) unit may be typed in, the rule's own unit first. */
export function unitChoices(base: string | null | undefined): string[] {
  if (!base) return [];
  const found = BY_KEY.get(keyOf(base));
  if (!found) return [base];
  const own = found.def.unit;
  return [own, ...FAMILIES[found.family]!.map((d) => d.unit).filter((u) => u !== own)];
}

export type Conversion = { ok: true; factor: number; from: string; to: string } | { ok: false; reason: LocalText };

function mpnCfu(a: string, b: string): boolean {
  return (a.startsWith('MPN') && b.startsWith('CFU')) || (a.startsWith('CFU') && b.startsWith('MPN'));
}

/** How to turn a value in `from` into `to`, or why it cannot be done. */
export function unitConversion(from: string, to: string): Conversion {
  const a = BY_KEY.get(keyOf(from));
  const b = BY_KEY.get(keyOf(to));
  if (!a) {
    const shown = from.slice(0, 40);
    return { ok: false, reason: { vi: `đơn vị "${shown}" không có trong danh sách đơn vị của ứng dụng`, en: `the unit "${shown}" is not one the app knows` } };
  }
  if (!b) return { ok: false, reason: { vi: `quy tắc dùng đơn vị "${to}" mà ứng dụng không biết`, en: `the rule uses the unit "${to}", which the app does not know` } };
  if (a.family !== b.family) {
    if (mpnCfu(a.def.unit, b.def.unit)) {
      return {
        ok: false,
        reason: {
          vi: `${a.def.unit} (đếm khuẩn lạc) và ${b.def.unit} (số có xác suất cao nhất) là hai phương pháp khác nhau, không quy đổi được; cần kết quả theo ${b.def.unit}`,
          en: `${a.def.unit} (colony count) and ${b.def.unit} (most probable number) are different methods and do not convert; a result in ${b.def.unit} is needed`,
        },
      };
    }
    return { ok: false, reason: { vi: `không quy đổi được ${a.def.unit} sang ${b.def.unit}`, en: `${a.def.unit} cannot be converted to ${b.def.unit}` } };
  }
  return { ok: true, factor: a.def.factor / b.def.factor, from: a.def.unit, to: b.def.unit };
}

/** A value in the rule's unit, rounded off the binary noise of the factor (60.1 × 0.001). */
export function convertValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/** "60,1 µg/L = 0,0601 mg/L", in both languages. */
export function conversionText(value: number, c: { factor: number; from: string; to: string }): LocalText {
  const converted = convertValue(value, c.factor);
  return { vi: `${fmt(value, 'vi')} ${c.from} = ${fmt(converted, 'vi')} ${c.to}`, en: `${fmt(value, 'en')} ${c.from} = ${fmt(converted, 'en')} ${c.to}` };
}

/** The unit field of an answer: one of the closed list for `base`, written the app's way. */
export function unitSchema(base: string, what: LocalText) {
  const choices = unitChoices(base);
  return z.string().transform((s, ctx) => {
    const unit = canonicalUnit(s);
    if (unit && choices.includes(unit)) return unit;
    const shown = s.slice(0, 40);
    ctx.addIssue({
      code: 'custom',
      message: `${what.vi}: đơn vị "${shown}" không dùng được; chọn ${choices.join(', ')}|${what.en}: the unit "${shown}" cannot be used; choose ${choices.join(', ')}`,
    });
    return z.NEVER;
  });
}
