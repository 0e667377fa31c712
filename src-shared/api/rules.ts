import { z } from 'zod';
import { mutation, query } from './define';
import type { RulePack } from '../rules/pack-schema';

/** One pack as the app knows it: shipped in resources/rules or imported by a supervisor. */
export interface PackEntry {
  pack: RulePack;
  origin: 'shipped' | 'imported';
  sourceFile: string | null;
  sha256: string;
  importedAt: string | null;
  importedBy: string | null;
  /** The newest version of its id: the one pack selection uses. */
  inUse: boolean;
}

export interface PackImportResult {
  id: string;
  version: string;
  sha256: string;
  /** The very same pack was imported before: nothing changed. */
  alreadyImported: boolean;
}

/** A pack file is small; 2 MB leaves room for notes while refusing something that is not a pack. */
const MAX_PACK_CHARS = 2_000_000;

export const RulePackImportInput = z
  .object({
    fileName: z.string().min(1, 'Thiếu tên tệp|File name is missing').max(260, 'Tên tệp quá dài|File name too long'),
    json: z.string().min(1, 'Tệp trống|The file is empty').max(MAX_PACK_CHARS, 'Tệp quá lớn cho một gói quy chuẩn|File too large for a rule pack'),
  })
  .strict();

/** The renderer evaluates with the shared engine (src-shared/rules); it only needs the packs. */
export const ruleOperations = {
  'rules.packs.list': query<PackEntry[]>()(z.object({}).strict()),
  'rules.packs.import': mutation<PackImportResult>()(RulePackImportInput),
} as const;
