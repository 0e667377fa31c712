import type { Core } from '../../../src-main/core/core';
import { keyFileFor, readKeyFile } from '../../../src-main/core/identity/key-file';
import type { KeyPairPem } from '../../../src-main/core/identity/keys';

/**
 * The app's first run in a test: the inspector profile is made through `profile.create`, which
 * makes the device key (device-key.json beside the data file, unencrypted: no OS keychain in
 * tests). The core then acts as this inspector on this device, as the app does: there is no other
 * way to give it a signing identity. Returns the key pair, for tests that forge or re-seal files.
 */
export function withProfile(core: Core, fullName = 'Nguyễn Văn Hùng', position: string | null = 'Chuyên viên'): KeyPairPem {
  const existing = core.call('profile.get', {});
  if (!existing.ok) throw new Error(existing.error.en);
  if (!existing.value) {
    const made = core.call('profile.create', { fullName, position });
    if (!made.ok) throw new Error(`${made.error.code}: ${made.error.en}`);
  }
  return readKeyFile(keyFileFor(core.dataFile), core.env.deviceId, null);
}
