import { z } from 'zod';

export const Province = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(['tinh', 'thanh-pho']),
  mergedFrom: z.array(z.string()),
});
export type Province = z.infer<typeof Province>;

export const ProvinceFile = z.object({
  source: z.string(),
  note: z.string().optional(),
  provinces: z.array(Province).min(1),
});
