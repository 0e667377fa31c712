import { z } from 'zod';
import { ANY_FIGURE_MAX, implausible, plausibleFor } from './plausible';

/**
 * A rule pack (DESIGN.md §4): one regulation's figures as data, with its dates, the facilities it
 * applies to and a legal citation per rule. The engine never holds a limit of its own: it reads
 * every number from the pack it is given, so a changed law is a new pack, not a new release.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const PackDate = z
  .string()
  .regex(ISO_DATE, 'Ngày phải có dạng yyyy-MM-dd|Date must be yyyy-MM-dd')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'Ngày không tồn tại|No such date' });

/** "1.0.0", "2.1.3-draft.1": compared part by part (see semver.ts). */
export const PackVersion = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'Phiên bản phải có dạng 1.0.0|Version must look like 1.0.0');

export const LocalText = z
  .object({
    vi: z.string().min(1, 'Thiếu nội dung tiếng Việt|Vietnamese text is missing'),
    en: z.string().min(1, 'Thiếu nội dung tiếng Anh|English text is missing'),
  })
  .strict();
export type LocalText = z.infer<typeof LocalText>;

export const Citation = z
  .object({
    /** The legal text cited, in Vietnamese, as printed in the minutes. */
    vi: z.string().min(1, 'Thiếu trích dẫn pháp lý|The legal citation is missing'),
    en: z.string().min(1).optional(),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/** Every figure is a finite number ≥ 0 and ≤ 10^13; each kind's parameters have tighter bands (plausible.ts). */
const Figure = z
  .number()
  .min(0, 'Giá trị không được âm|A figure cannot be negative')
  .max(ANY_FIGURE_MAX, `Giá trị vượt quá ${ANY_FIGURE_MAX}|A figure cannot exceed ${ANY_FIGURE_MAX}`);

export const LimitRange = z
  .object({
    min: Figure.nullable(),
    max: Figure.nullable(),
  })
  .strict();
export type LimitRange = z.infer<typeof LimitRange>;

/** One figure of a rule. `null` means "not filled in yet": the engine answers missing_data. */
export const ParamValue = z
  .object({
    value: z.union([Figure, z.boolean(), z.string(), z.array(z.string()), LimitRange, z.null()]),
    unit: z.string().optional(),
    /** True only when the figure was read in the legal text itself (DOMAIN.md "(check)" → false). */
    verified: z.boolean({ message: 'Mỗi giá trị phải ghi rõ verified: true/false|Every value must say verified: true/false' }),
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .strict();
export type ParamValue = z.infer<typeof ParamValue>;

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_KINDS = [
  'wastewater.receiving_water',
  'wastewater.k_factor',
  'wastewater.max',
  'wastewater.range',
  'wastewater.not_detected',
  'radiation.dose_rate',
  'radiation.dose_rate_background',
  'radiation.dose_limit',
  'radiation.interventional_formula',
  'radiation.interval',
  'radiation.qc_interval',
  'radiation.rso',
  'radiation.licence',
  'sources.half_life',
  'sources.d_value',
  'sources.category_bands',
  'sources.national_groups',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const Rule = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/, 'Mã quy tắc chỉ gồm a-z 0-9 _ . -|Rule id may only hold a-z 0-9 _ . -'),
    kind: z.enum(RULE_KINDS, { message: 'Loại quy tắc không được hỗ trợ|Unsupported rule kind' }),
    title: LocalText,
    citation: Citation,
    /** Unit of the measured value this rule judges (mg/L, µSv/h …), when there is one. */
    unit: z.string().nullable().optional(),
    /** Proposed finding severity when the rule fails. */
    severityIfFailed: z.enum(SEVERITIES).optional(),
    parameters: z.record(z.string(), ParamValue),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const DOMAINS = ['wastewater', 'radiation', 'sources'] as const;
export type RuleDomain = (typeof DOMAINS)[number];

/**
 * One alternative of `appliesTo.when`: every key given must hold (AND); the alternatives are
 * OR-ed. "Facility started" is the earlier of its operating-since and permit dates.
 */
export const ApplyCondition = z
  .object({
    inspectionBefore: PackDate.optional(),
    inspectionOnOrAfter: PackDate.optional(),
    facilityStartedBefore: PackDate.optional(),
    facilityStartedOnOrAfter: PackDate.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: 'Điều kiện áp dụng trống|An empty condition' });
export type ApplyCondition = z.infer<typeof ApplyCondition>;

export const AppliesTo = z
  .object({
    domain: z.enum(DOMAINS, { message: 'Lĩnh vực phải là wastewater, radiation hoặc sources|Domain must be wastewater, radiation or sources' }),
    /** Alternatives (OR); empty = every facility of the domain. */
    when: z.array(ApplyCondition),
    /** When several packs apply, the higher priority wins (a transitional pack beats the general one). */
    priority: z.number().int(),
    explanation: LocalText.optional(),
  })
  .strict();
export type AppliesTo = z.infer<typeof AppliesTo>;

export const RulePackObject = z
  .object({
    $schema: z.string().optional(),
    /** Ed25519 signature over the rest of the pack (docs/rule-packs.md "Signatures"). */
    signature: z
      .object({
        algorithm: z.literal('ed25519'),
        /** publicKeyFingerprint() of the signing key: 16 groups of 4 hex digits. */
        keyFingerprint: z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/, 'Dấu vân tay khoá không hợp lệ|Not a key fingerprint'),
        /** Base64 of the 64-byte signature. */
        value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'Chữ ký không hợp lệ|Not an Ed25519 signature'),
      })
      .strict()
      .optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'Mã gói chỉ gồm a-z 0-9 . -|Pack id may only hold a-z 0-9 . -'),
    version: PackVersion,
    regulation: z
      .object({
        code: z.string().min(1),
        title: LocalText,
        legalBasis: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    issuer: LocalText,
    effectiveFrom: PackDate,
    effectiveTo: PackDate.nullable(),
    /** False while the in-force dates come from secondary sources only. */
    datesVerified: z.boolean(),
    datesNote: z.string().optional(),
    appliesTo: AppliesTo,
    notes: z.string().optional(),
    rules: z.array(Rule).min(1, 'Gói phải có ít nhất một quy tắc|A pack needs at least one rule'),
  })
  .strict();

type ValueType = 'number' | 'boolean' | 'string' | 'strings' | 'range' | 'null';

/** Parameters each rule kind must carry, and the value types each may take. */
const REQUIRED_PARAMETERS: Partial<Record<RuleKind, Record<string, ValueType[]>>> = {
  'wastewater.receiving_water': {
    domestic_supply: ['string', 'null'],
    other_water: ['string', 'null'],
    residential_sewer: ['string', 'null'],
    central_plant: ['string', 'null'],
  },
  'wastewater.k_factor': {
    hospitalBedsThreshold: ['number', 'null'],
    hospitalLarge: ['number', 'null'],
    hospitalSmall: ['number', 'null'],
    other: ['number', 'null'],
  },
  'wastewater.max': { A: ['number', 'null'], B: ['number', 'null'], kApplies: ['boolean', 'null'] },
  'wastewater.range': { A: ['range', 'null'], B: ['range', 'null'], kApplies: ['boolean', 'null'] },
  'wastewater.not_detected': { A: ['string', 'null'], B: ['string', 'null'], kApplies: ['boolean', 'null'] },
  'radiation.dose_rate': { max: ['number', 'null'] },
  'radiation.dose_rate_background': { netMax: ['number', 'null'], tolerance: ['number', 'null'] },
  // averageMax / averagingYears are optional: absent = no averaged limit (skin), null = not filled in.
  'radiation.dose_limit': { annualMax: ['number', 'null'] },
  'radiation.interventional_formula': { waistWeight: ['number', 'null'], neckWeight: ['number', 'null'] },
  'radiation.interval': { maxMonths: ['number', 'null'], warningDays: ['number', 'null'] },
  'radiation.qc_interval': {
    general: ['number', 'null'],
    ct: ['number', 'null'],
    fluoroscopy: ['number', 'null'],
    c_arm: ['number', 'null'],
    mammography: ['number', 'null'],
    dental_intraoral: ['number', 'null'],
    dental_panoramic: ['number', 'null'],
    mobile: ['number', 'null'],
    bone_densitometry: ['number', 'null'],
    other: ['number', 'null'],
    warningDays: ['number', 'null'],
  },
  'radiation.rso': { exemptUnitType: ['string', 'null'], exemptImaging: ['string', 'null'] },
  'radiation.licence': { validityYears: ['number', 'null'], renewalLeadDays: ['number', 'null'], warningDays: ['number', 'null'] },
  'sources.category_bands': {
    category1: ['number', 'null'],
    category2: ['number', 'null'],
    category3: ['number', 'null'],
    category4: ['number', 'null'],
  },
};

/** Kinds whose parameters are keyed freely (nuclides, groups) but must all hold numbers. */
const NUMERIC_MAPS: RuleKind[] = ['sources.half_life', 'sources.d_value', 'sources.national_groups'];

function typeOf(v: ParamValue['value']): ValueType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'strings';
  if (typeof v === 'object') return 'range';
  return typeof v as 'number' | 'boolean' | 'string';
}

/** The full pack schema: shape, plus the cross-field checks a JSON Schema cannot say. */
export const RulePack = RulePackObject.superRefine((pack, ctx) => {
  if (pack.effectiveTo !== null && pack.effectiveTo < pack.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực trước ngày có hiệu lực|effectiveTo is before effectiveFrom' });
  }
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Trùng mã quy tắc ${rule.id}|Duplicate rule id ${rule.id}` });
    seen.add(rule.id);
    if (!rule.id.startsWith(`${pack.appliesTo.domain}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', i, 'id'],
        message: `Mã quy tắc phải bắt đầu bằng "${pack.appliesTo.domain}."|Rule id must start with "${pack.appliesTo.domain}."`,
      });
    }
    if (!rule.kind.startsWith(`${pack.appliesTo.domain}.`)) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'kind'], message: `Loại quy tắc không thuộc lĩnh vực ${pack.appliesTo.domain}|Rule kind is not of domain ${pack.appliesTo.domain}` });
    }
    const required = REQUIRED_PARAMETERS[rule.kind] ?? {};
    for (const [name, types] of Object.entries(required)) {
      const p = rule.parameters[name];
      if (!p) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'parameters', name], message: `Thiếu tham số ${name}|Missing parameter ${name}` });
      } else if (!types.includes(typeOf(p.value))) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'parameters', name, 'value'],
          message: `Tham số ${name} phải là ${types.join('/')}|Parameter ${name} must be ${types.join('/')}`,
        });
      }
    }
    for (const [name, p] of Object.entries(rule.parameters)) {
      const band = plausibleFor(rule.kind, name);
      if (!band || p.value === null) continue;
      const values = typeof p.value === 'number' ? [p.value] : typeOf(p.value) === 'range' ? [(p.value as LimitRange).min, (p.value as LimitRange).max] : [];
      for (const v of values) {
        const why = typeof v === 'number' ? implausible(v, band) : null;
        if (why) ctx.addIssue({ code: 'custom', path: ['rules', i, 'parameters', name, 'value'], message: why });
      }
      if (typeOf(p.value) === 'range') {
        const r = p.value as LimitRange;
        if (r.min !== null && r.max !== null && r.min > r.max) {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'parameters', name, 'value'], message: 'min lớn hơn max|min is above max' });
        }
      }
    }
    if (NUMERIC_MAPS.includes(rule.kind)) {
      for (const [name, p] of Object.entries(rule.parameters)) {
        const t = typeOf(p.value);
        if (t !== 'number' && t !== 'null') {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'parameters', name, 'value'], message: `Tham số ${name} phải là số|Parameter ${name} must be a number` });
        } else if (t === 'number' && (p.value as number) <= 0) {
          ctx.addIssue({ code: 'custom', path: ['rules', i, 'parameters', name, 'value'], message: `Tham số ${name} phải lớn hơn 0|Parameter ${name} must be above 0` });
        }
      }
    }
  });
});
export type RulePack = z.infer<typeof RulePack>;

/** The JSON Schema committed as resources/rules/rule-pack.schema.json (editors validate with it). */
export function rulePackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RulePackObject, { io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://kiemtra.local/schemas/rule-pack.schema.json',
    title: 'KiemTra rule pack',
    description:
      'A versioned, dated rule pack: regulation, dates, applicability and the figures of each rule with their legal citation. See docs/rule-packs.md.',
  };
}
