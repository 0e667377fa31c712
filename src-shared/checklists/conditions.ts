import { z } from 'zod';

/**
 * The small declarative language of applicability conditions in check-form templates.
 * Pure and synchronous: the core and the renderer evaluate the same conditions.
 *
 *   {"all":[…]}  {"any":[…]}  {"not":{…}}
 *   {"fact":"unit.type","in":["ct","fluoroscopy"]}   {"fact":"answer.has_rso","eq":"yes"}
 *   {"fact":"facility.xrayUnitTypes","allIn":["dental_intraoral"]}   {"fact":"facility.beds","gte":300}
 *
 * A missing fact is `null`: `eq` is false, `ne` true, comparisons false, `exists: false` true.
 */
export type Scalar = string | number | boolean | null;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactTest;

export interface FactTest {
  fact: string;
  eq?: Scalar;
  ne?: Scalar;
  in?: Scalar[];
  notIn?: Scalar[];
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  exists?: boolean;
  /** The fact is an array holding this value. */
  contains?: Scalar;
  /** The fact is a non-empty array whose every element is in the list. */
  allIn?: Scalar[];
}

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const FACT_NAME = /^(facility|inspection|unit|source|system|worker|answer)\.[A-Za-z][A-Za-z0-9_]*$/;

const FactTestSchema = z
  .object({
    fact: z.string().regex(FACT_NAME, 'Tên dữ kiện không hợp lệ (vd. unit.type, answer.has_rso)|Bad fact name (e.g. unit.type, answer.has_rso)'),
    eq: ScalarSchema.optional(),
    ne: ScalarSchema.optional(),
    in: z.array(ScalarSchema).optional(),
    notIn: z.array(ScalarSchema).optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    exists: z.boolean().optional(),
    contains: ScalarSchema.optional(),
    allIn: z.array(ScalarSchema).optional(),
  })
  .strict()
  .refine((t) => Object.keys(t).length > 1, { message: 'Điều kiện thiếu phép so sánh|The condition has no test' });

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
    FactTestSchema,
  ]),
);

/** Looks a fact up by its full name ("unit.type"); unknown facts are null. */
export type FactLookup = (fact: string) => unknown;

export function evaluateCondition(cond: Condition, lookup: FactLookup): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in cond) return !evaluateCondition(cond.not, lookup);
  return testFact(cond, lookup(cond.fact) ?? null);
}

function testFact(t: FactTest, v: unknown): boolean {
  if (t.exists !== undefined && (v !== null && v !== '') !== t.exists) return false;
  if (t.eq !== undefined && v !== t.eq) return false;
  if (t.ne !== undefined && v === t.ne) return false;
  if (t.in !== undefined && !t.in.includes(v as Scalar)) return false;
  if (t.notIn !== undefined && t.notIn.includes(v as Scalar)) return false;
  if (t.gt !== undefined && !(typeof v === 'number' && v > t.gt)) return false;
  if (t.gte !== undefined && !(typeof v === 'number' && v >= t.gte)) return false;
  if (t.lt !== undefined && !(typeof v === 'number' && v < t.lt)) return false;
  if (t.lte !== undefined && !(typeof v === 'number' && v <= t.lte)) return false;
  if (t.contains !== undefined && !(Array.isArray(v) && v.includes(t.contains))) return false;
  if (t.allIn !== undefined) {
    const list = t.allIn;
    if (!(Array.isArray(v) && v.length > 0 && v.every((x) => list.includes(x as Scalar)))) return false;
  }
  return true;
}

/** Every fact name a condition reads (templates are checked against them when loaded). */
export function conditionFacts(cond: Condition): string[] {
  if ('all' in cond) return cond.all.flatMap(conditionFacts);
  if ('any' in cond) return cond.any.flatMap(conditionFacts);
  if ('not' in cond) return conditionFacts(cond.not);
  return [cond.fact];
}
