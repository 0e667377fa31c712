import { z } from 'zod';
import { Condition, conditionFacts } from './conditions';

/**
 * Check-form templates (resources/checklists/*.json, DESIGN.md §4): sections of items, each item
 * with its type, applicability condition and legal citation. Limits are NOT kept here: an item
 * names the rule (`rule`) that judges it, and min/max are only input plausibility bounds.
 */

export const INSPECTION_KINDS = ['radiation', 'wastewater', 'combined', 'follow_up'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const TEMPLATE_SUBJECTS = ['xray', 'sources', 'wastewater', 'follow_up'] as const;

/** Register records a section can repeat over: one instance of the section per record. */
export const REPEATS = ['xray_unit', 'sealed_source', 'wastewater_system', 'worker'] as const;
export type Repeat = (typeof REPEATS)[number];

/** The fact prefix that names the current record inside a repeated section. */
export const REPEAT_FACT_PREFIX: Record<Repeat, string> = {
  xray_unit: 'unit',
  sealed_source: 'source',
  wastewater_system: 'system',
  worker: 'worker',
};

export const ITEM_TYPES = [
  'yes_no_na',
  'number',
  'text',
  'date',
  'choice',
  'multi_choice',
  'photo',
  'signature',
  'measurement_table',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'Khoá phải là chữ thường, số, dấu _|Key must be lower-case letters, digits or _');

export const Text2 = z
  .object({
    vi: z.string().min(1, 'Thiếu nội dung tiếng Việt|Vietnamese text is missing'),
    en: z.string().min(1, 'Thiếu nội dung tiếng Anh|English text is missing'),
  })
  .strict();
export type Text2 = z.infer<typeof Text2>;

export const Choice = z
  .object({
    key: z.string().regex(/^[a-z0-9_]{1,64}$/),
    label: Text2,
    /** A row with this choice is judged by this rule (dose rate at the console, in a public area …). */
    rule: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$/).optional(),
  })
  .strict();
export type Choice = z.infer<typeof Choice>;

export const TableColumn = z
  .object({
    key: Key,
    label: Text2,
    /** For a "unit" column: the unit its rows default to (a fixed row's own `unit` wins). */
    unit: z.string().optional(),
    /** "unit": the unit the row's values were written in, from the closed list of the row's unit. */
    type: z.enum(['number', 'text', 'choice', 'unit']),
    min: z.number().optional(),
    max: z.number().optional(),
    choices: z.array(Choice).min(1).optional(),
    required: z.boolean().default(false),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.type === 'choice' && !c.choices) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Cột kiểu choice cần danh sách lựa chọn|A choice column needs choices' });
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['min'], message: 'min lớn hơn max|min is greater than max' });
  });
export type TableColumn = z.infer<typeof TableColumn>;

export const TableSpec = z
  .object({
    /** Fixed rows may name the unit their values are judged in (the rule's: mg/L for BOD5, Bq/L …). */
    rows: z.union([z.literal('free'), z.array(z.object({ key: Key, label: Text2, unit: z.string().optional() }).strict()).min(1)]),
    columns: z.array(TableColumn).min(1),
  })
  .strict();
export type TableSpec = z.infer<typeof TableSpec>;

export const Item = z
  .object({
    key: Key,
    type: z.enum(ITEM_TYPES),
    label: Text2,
    help: Text2.optional(),
    required: z.boolean().default(true),
    unit: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    choices: z.array(Choice).min(1).optional(),
    table: TableSpec.optional(),
    when: Condition.optional(),
    citation: z
      .object({
        vi: z.string().min(5, 'Thiếu căn cứ pháp lý|Legal basis is missing'),
        /** What is still to be checked about the citation (the article, the decree): kept in the data, never shown. */
        check: z.string().min(1).max(300).optional(),
      })
      .strict(),
    rule: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$/).optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    const needsChoices = item.type === 'choice' || item.type === 'multi_choice';
    if (needsChoices && !item.choices) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Mục lựa chọn cần danh sách lựa chọn|A choice item needs choices' });
    if (item.type === 'measurement_table' && !item.table) ctx.addIssue({ code: 'custom', path: ['table'], message: 'Bảng đo cần mô tả cột|A measurement table needs its columns' });
    if (item.min !== undefined && item.max !== undefined && item.min > item.max) ctx.addIssue({ code: 'custom', path: ['min'], message: 'min lớn hơn max|min is greater than max' });
  });
export type Item = z.infer<typeof Item>;

export const Section = z
  .object({
    key: Key,
    title: Text2,
    repeat: z.enum(REPEATS).optional(),
    when: Condition.optional(),
    /** Items made at run time (follow-up checks: one item per open requirement). */
    generated: z.object({ from: z.literal('open_requirements') }).strict().optional(),
    items: z.array(Item),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.generated && s.items.length === 0) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Phần không có mục nào|The section has no items' });
  });
export type Section = z.infer<typeof Section>;

export const Template = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, 'id chỉ gồm chữ thường, số, dấu -|id may hold lower-case letters, digits and -'),
    version: z.number().int().min(1),
    title: Text2,
    kinds: z.array(z.enum(INSPECTION_KINDS)).min(1),
    subject: z.enum(TEMPLATE_SUBJECTS),
    sections: z.array(Section).min(1),
  })
  .strict()
  .superRefine((t, ctx) => checkReferences(t, ctx));
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;

/** Keys unique across the template; every fact a condition reads exists where it is read. */
function checkReferences(t: z.infer<typeof Template>, ctx: z.RefinementCtx): void {
  const seenSections = new Set<string>();
  const itemSection = new Map<string, string>();
  t.sections.forEach((s, si) => {
    if (seenSections.has(s.key)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'key'], message: `Trùng khoá phần "${s.key}"|Duplicate section key "${s.key}"` });
    seenSections.add(s.key);
    s.items.forEach((item, ii) => {
      if (itemSection.has(item.key)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'items', ii, 'key'], message: `Trùng khoá mục "${item.key}"|Duplicate item key "${item.key}"` });
      itemSection.set(item.key, s.key);
    });
  });
  const allowedRecordPrefix = (s: Section) => (s.repeat ? REPEAT_FACT_PREFIX[s.repeat] : null);
  const check = (cond: Condition | undefined, s: Section, path: (string | number)[]) => {
    if (!cond) return;
    for (const fact of conditionFacts(cond)) {
      const [prefix, rest] = splitFact(fact);
      if (prefix === 'answer') {
        if (!itemSection.has(rest)) ctx.addIssue({ code: 'custom', path, message: `Điều kiện dùng câu trả lời "${rest}" không có trong mẫu|Condition reads answer "${rest}", which is not an item of this template` });
      } else if (prefix !== 'facility' && prefix !== 'inspection' && prefix !== allowedRecordPrefix(s)) {
        ctx.addIssue({ code: 'custom', path, message: `Điều kiện dùng "${fact}" ngoài phần lặp tương ứng|Condition reads "${fact}" outside a section that repeats over it` });
      }
    }
  };
  t.sections.forEach((s, si) => {
    check(s.when, s, ['sections', si, 'when']);
    s.items.forEach((item, ii) => check(item.when, s, ['sections', si, 'items', ii, 'when']));
  });
}

export function splitFact(fact: string): [string, string] {
  const dot = fact.indexOf('.');
  return dot < 0 ? [fact, ''] : [fact.slice(0, dot), fact.slice(dot + 1)];
}

/** What `templates.list` shows for each loaded template. */
export interface TemplateSummary {
  id: string;
  version: number;
  title: Text2;
  kinds: InspectionKind[];
  subject: Template['subject'];
  file: string;
  itemCount: number;
}

/** A template file that could not be loaded: shown to the user, the rest still load. */
export interface TemplateProblem {
  file: string;
  /** Where in the file, by section and item key when known: "sections[room].items[warning_light].min". */
  where: string;
  vi: string;
  en: string;
}
