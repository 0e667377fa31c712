import type { SafeStorage } from 'electron';
import type { KeyProtector } from '../core/identity/protector';

/**
 * The device key's protection at rest in the desktop app: Electron safeStorage (DPAPI on
 * Windows, the Keychain on macOS, libsecret/kwallet on Linux). Null where the OS offers none
 * (Linux without a keyring: safeStorage would fall back to a hard-coded password), so the
 * core stores the key unencrypted and says so instead of pretending.
 */
export function safeStorageProtector(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string }): KeyProtector | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return null;
  return {
    kind: 'safe_storage',
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
