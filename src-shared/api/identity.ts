import { z } from 'zod';
import { mutation, query } from './define';
import { optionalText, requiredText } from '../schemas/common';

export const DEFAULT_UNIT = 'Sở Khoa học và Công nghệ tỉnh Sơn La';

/** The inspector using this device, as the first-run screen asks for it. */
export const ProfileInput = z.object({
  fullName: requiredText(120, 'Họ và tên cán bộ', 'Full name'),
  position: optionalText(160),
  unit: requiredText(200, 'Đơn vị công tác', 'Unit').default(DEFAULT_UNIT),
});
export type ProfileInput = z.input<typeof ProfileInput>;

export interface Profile {
  fullName: string;
  position: string | null;
  unit: string;
  deviceId: string;
  publicKeyPem: string;
  /** SHA-256 of the public key, 16 groups of 4 hex digits. */
  fingerprint: string;
  /** 'safe_storage': encrypted by the OS keychain (desktop app); 'none': stored unencrypted (web mode, CLI). */
  keyProtection: 'safe_storage' | 'none';
  keyFile: string;
  /** Why the key cannot be used now (missing or unreadable key file), or null. */
  keyProblem: { vi: string; en: string } | null;
  createdAt: string;
}

export const KeyExportInput = z.object({
  /** When given, the exported key is encrypted with it (AES-256, PKCS#8). */
  passphrase: z.string().min(8, 'Mật khẩu ít nhất 8 ký tự|The passphrase needs at least 8 characters').max(200).optional(),
});

export interface KeyExport {
  fileName: string;
  /** The backup file's text (JSON with the PKCS#8 PEM). Save it somewhere safe; it signs as this device. */
  contents: string;
  encrypted: boolean;
}

export const identityOperations = {
  /** The inspector's profile on this device, or null on first run. */
  'profile.get': query<Profile | null>()(z.object({}).strict()),
  /** First run: the profile and the device's Ed25519 key pair. Refused when one exists. */
  'profile.create': mutation<Profile>()(ProfileInput),
  /** Name, position or unit changed; the key stays. */
  'profile.update': mutation<Profile>()(ProfileInput),
  /** The private key as a backup file (never written into a bundle, a PDF or a log). */
  'profile.exportKey': mutation<KeyExport>()(KeyExportInput),
} as const;
