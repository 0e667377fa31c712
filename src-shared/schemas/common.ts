import { z } from 'zod';

/** UUIDv7 (or any RFC 4122 uuid) record id. */
export const Id = z.string().uuid('Mã bản ghi không hợp lệ|Invalid record id');

/** Calendar date stored as ISO yyyy-MM-dd; the UI shows dd/MM/yyyy. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-MM-dd|Date must be yyyy-MM-dd')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'Ngày không tồn tại|No such date',
  });

/**
 * Optional free text: trimmed; empty becomes null so "   " never lands in the file.
 * `max` counts characters after trimming.
 */
export function optionalText(max: number) {
  return z
    .string()
    .max(max * 4, `Tối đa ${max} ký tự|At most ${max} characters`)
    .transform((s) => s.trim())
    .pipe(z.string().max(max, `Tối đa ${max} ký tự|At most ${max} characters`))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

/** Required text: trimmed, must keep at least one character. */
export function requiredText(max: number, labelVi: string, labelEn: string) {
  return z
    .string({ message: `${labelVi} là bắt buộc|${labelEn} is required` })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${labelVi} không được để trống|${labelEn} must not be empty`)
        .max(max, `${labelVi}: tối đa ${max} ký tự|${labelEn}: at most ${max} characters`),
    );
}

/**
 * A number typed by a Vietnamese user: "0,5" means 0.5. Accepts numbers or strings;
 * empty means "not given" (null).
 */
export function localeNumber(opts: { min?: number; max?: number; int?: boolean; labelVi: string; labelEn: string }) {
  const { labelVi, labelEn } = opts;
  return z
    .union([z.number(), z.string(), z.null(), z.undefined()])
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return v;
      const s = v.trim().replace(/\s/g, '');
      if (s === '') return null;
      const normalised = s.replace(',', '.');
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) {
        ctx.addIssue({ code: 'custom', message: `${labelVi}: "${v}" không phải là số|${labelEn}: "${v}" is not a number` });
        return z.NEVER;
      }
      return Number(normalised);
    })
    .superRefine((n, ctx) => {
      if (n === null) return;
      if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: `${labelVi} không hợp lệ|${labelEn} is not a finite number` });
      if (opts.int && !Number.isInteger(n)) ctx.addIssue({ code: 'custom', message: `${labelVi} phải là số nguyên|${labelEn} must be a whole number` });
      if (opts.min !== undefined && n < opts.min) ctx.addIssue({ code: 'custom', message: `${labelVi} phải ≥ ${opts.min}|${labelEn} must be ≥ ${opts.min}` });
      if (opts.max !== undefined && n > opts.max) ctx.addIssue({ code: 'custom', message: `${labelVi} phải ≤ ${opts.max}|${labelEn} must be ≤ ${opts.max}` });
    });
}

/** Fields every synced row carries (DESIGN.md §3). */
export interface SyncedRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  updatedBy: string;
  deletedAt: string | null;
}

export const PageInput = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface Page<T> {
  rows: T[];
  total: number;
}
