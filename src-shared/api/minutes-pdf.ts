import { z } from 'zod';
import { query } from './define';
import { Id } from '../schemas/common';

export const MinutesPdfInput = z.object({
  inspectionId: Id,
  lang: z.enum(['vi', 'en'], { message: 'Ngôn ngữ phải là vi hoặc en|Language must be vi or en' }).default('vi'),
});
export type MinutesPdfInput = z.input<typeof MinutesPdfInput>;

/** The Biên bản kiểm tra of one inspection as a PDF file. */
export interface MinutesPdf {
  /** A file name without accents: "bien-ban-kiem-tra_125-qd-skhcn_2025-11-20.pdf". */
  fileName: string;
  dataBase64: string;
  bytes: number;
  /** True when printed from the live data (not signed): "BẢN NHÁP" on every page, no hash. Signed minutes print from their snapshot. */
  draft: boolean;
}

export const minutesPdfOperations = {
  /** Writes nothing: signed minutes from their frozen snapshot (with amendments), others as a draft from today's data. */
  'inspections.minutesPdf': query<MinutesPdf>()(MinutesPdfInput),
} as const;
