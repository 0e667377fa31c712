import type { Core } from '../../../src-main/core/core';
import { generateDeviceKeyPair } from '../../../src-main/core/identity/keys';
import { signPackObject } from '../../../src-main/core/rules/trust';

/** A supervisor key of the Sở, made for this test run (never a key from the repository). */
export const SUPERVISOR = generateDeviceKeyPair();
export const SUPERVISOR_LABEL = 'Sở KH&CN Sơn La — Phòng Quản lý công nghệ (thử)';

/** Trusts the test supervisor's key on this device, as an administrator would (audited). */
export function trustSupervisor(core: Core): void {
  const r = core.call('rules.keys.trust', { publicKeyPem: SUPERVISOR.publicKeyPem, label: SUPERVISOR_LABEL, reason: 'Khoá ký gói quy chuẩn của Sở, nhận trực tiếp' });
  // Reopening a file that already trusts it is fine.
  if (!r.ok && r.error.code !== 'CONFLICT') throw new Error(r.error.en);
}

/** The pack as JSON text, signed by the test supervisor. */
export function signedBySupervisor(pack: object, keys = SUPERVISOR): string {
  return JSON.stringify(signPackObject(pack as Record<string, unknown>, keys), null, 2);
}

export const IMPORT_REASON = 'Công văn số 12/SKHCN-QLCN ngày 01/02/2026';
