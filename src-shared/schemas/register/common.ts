import { z } from 'zod';
import { Id, IsoDate, PageInput, type SyncedRow } from '../common';

/**
 * An optional calendar date: forms send "" for an empty date picker, which means "not given".
 * Omitted stays omitted inside `.partial()` patches (the outer optional short-circuits).
 */
export const optionalDate = z
  .preprocess((v) => (v === '' ? null : v), IsoDate.nullable().optional())
  .transform((v) => v ?? null);

/** A yes/no field; omitted means no. */
export const optionalFlag = z
  .boolean({ message: 'Chọn có hoặc không|Choose yes or no' })
  .optional()
  .transform((v) => v ?? false);

/** Every register row belongs to one facility and shows its name in lists and search hits. */
export interface RegisterRow extends SyncedRow {
  facilityId: string;
  facilityName: string;
}

/** Filters every register list shares: paging, the search box, one facility, tombstones. */
export const RegisterListBase = PageInput.extend({
  /** Accent-free words, as in the one search box ("son la", "SN-0042"). */
  query: z.string().max(200).optional(),
  facilityId: Id.optional(),
  /** Commune/ward of the facility, as the register lists filter across facilities. */
  commune: z.string().max(120).optional(),
  includeDeleted: z.boolean().default(false),
  desc: z.boolean().default(false),
});

/** A bilingual label for enum values, shown by the UI and used in search text. */
export interface Label {
  vi: string;
  en: string;
}

/** Builds an `{ id, patch }` update input from the fields object (partial, refinements applied by the core). */
export function updateInput<S extends z.ZodType>(patch: S) {
  return z.object({ id: Id, patch });
}

export { Id, IsoDate };
