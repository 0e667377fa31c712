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
  /** The trusted key whose signature the pack carries. */
  signedBy: { fingerprint: string; label: string };
}

/** A key whose signature on a rule pack this device accepts. */
export interface TrustedKeyInfo {
  fingerprint: string;
  label: string;
  source: 'release' | 'device';
  addedAt: string | null;
  addedBy: string | null;
}

const Reason = z
  .string()
  .trim()
  .min(5, 'Hãy ghi lý do (ít nhất 5 ký tự)|Give a reason (at least 5 characters)')
  .max(500, 'Lý do quá dài (tối đa 500 ký tự)|Reason too long (500 characters at most)');

export const TrustKeyInput = z
  .object({
    publicKeyPem: z.string().min(1, 'Thiếu khoá công khai|The public key is missing').max(2000, 'Khoá quá dài|Key too long'),
    label: z.string().trim().min(3, 'Hãy ghi tên chủ khoá (ví dụ: Sở KH&CN Sơn La — Phòng QLCN)|Name the key holder').max(120, 'Tên quá dài|Name too long'),
    reason: Reason,
  })
  .strict();

export const RevokeKeyInput = z
  .object({
    fingerprint: z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/, 'Dấu vân tay khoá không hợp lệ|Not a key fingerprint'),
    reason: Reason,
  })
  .strict();

/** A pack file is small; 2 MB leaves room for notes while refusing something that is not a pack. */
const MAX_PACK_CHARS = 2_000_000;

export const RulePackImportInput = z
  .object({
    fileName: z.string().min(1, 'Thiếu tên tệp|File name is missing').max(260, 'Tên tệp quá dài|File name too long'),
    json: z.string().min(1, 'Tệp trống|The file is empty').max(MAX_PACK_CHARS, 'Tệp quá lớn cho một gói quy chuẩn|File too large for a rule pack'),
    /** Why this pack is imported (e.g. the Sở's letter number): recorded with the person in the audit log. */
    reason: Reason,
  })
  .strict();

/** The renderer evaluates with the shared engine (src-shared/rules); it only needs the packs. */
export const ruleOperations = {
  'rules.packs.list': query<PackEntry[]>()(z.object({}).strict()),
  'rules.packs.import': mutation<PackImportResult>()(RulePackImportInput),
  'rules.keys.list': query<TrustedKeyInfo[]>()(z.object({}).strict()),
  'rules.keys.trust': mutation<TrustedKeyInfo>()(TrustKeyInput),
  'rules.keys.revoke': mutation<null>()(RevokeKeyInput),
} as const;
