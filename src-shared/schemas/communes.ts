import { z } from 'zod';

/** Kinds of commune-level unit since 1 July 2025: xã (commune), phường (ward), đặc khu (special zone). */
export const COMMUNE_KINDS = ['xa', 'phuong', 'dac_khu'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/** One commune-level unit of a province (table admin_units). */
export interface Commune {
  code: string;
  provinceCode: string;
  name: string;
  kind: CommuneKind;
  /** The district it belonged to before 1 July 2025, to read older records. */
  legacyDistrict: string | null;
  /** Where the list came from (file name and import date, or the list shipped with KiemTra). */
  source: string;
  /** True for the list shipped with KiemTra, whose codes are KiemTra's own (not official statistical codes). */
  shipped: boolean;
}

export const CommuneListInput = z.object({
  provinceCode: z.string().min(1).max(40),
  /** Accent-free part of the name ("to hieu" finds "Phường Tô Hiệu"). */
  query: z.string().max(120).optional(),
});

/**
 * A CSV file of communes: columns province_code, code, name, kind, legacy_district (docs/admin-units.md).
 * The import screen sends the file's bytes (`dataBase64`) so the core can refuse a file that is
 * not UTF-8; scripts and tests may send the text (`csv`).
 */
export const CommuneImportInput = z
  .object({
    fileName: z.string().min(1).max(260),
    csv: z.string().max(5_000_000, 'Tệp CSV quá lớn (tối đa 5 MB)|CSV file too large (at most 5 MB)').optional(),
    dataBase64: z.string().max(7_000_000, 'Tệp CSV quá lớn (tối đa 5 MB)|CSV file too large (at most 5 MB)').optional(),
  })
  .refine((v) => (v.csv === undefined) !== (v.dataBase64 === undefined), { message: 'Gửi nội dung tệp (csv) hoặc dữ liệu tệp (dataBase64)|Send the file as csv text or as dataBase64', path: ['csv'] });

/** One commune import in this device's history: undoable while it is the latest not undone. */
export interface CommuneImport {
  id: number;
  at: string;
  actor: string;
  fileName: string;
  provinces: string[];
  imported: number;
  /** Units the provinces had before (0 when they showed the list shipped with KiemTra). */
  previousCount: number;
  undoneAt: string | null;
}

export const CommuneUndoInput = z.object({ id: z.number().int().min(1) });

export interface CommuneImportResult {
  /** The history entry of this import (adminUnits.undoImport takes it). */
  importId: number;
  imported: number;
  /** Provinces whose list was replaced by the file. */
  provinces: string[];
}
