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
  /** Where the list came from (file name and import date). */
  source: string;
}

export const CommuneListInput = z.object({
  provinceCode: z.string().min(1).max(40),
  /** Accent-free part of the name ("to hieu" finds "Phường Tô Hiệu"). */
  query: z.string().max(120).optional(),
});

/** A CSV file of communes: columns province_code, code, name, kind, legacy_district (docs/admin-units.md). */
export const CommuneImportInput = z.object({
  fileName: z.string().min(1).max(260),
  csv: z.string().max(5_000_000, 'Tệp CSV quá lớn (tối đa 5 MB)|CSV file too large (at most 5 MB)'),
});

export interface CommuneImportResult {
  imported: number;
  /** Provinces whose list was replaced by the file. */
  provinces: string[];
}
