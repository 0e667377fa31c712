/**
 * What protects the private key at rest. The Electron shell injects one backed by
 * `safeStorage` (the OS keychain / DPAPI / libsecret); the core never imports electron. Web mode
 * and the CLI run without one: the key file then holds the key unencrypted (0600), and the
 * profile says so (keyProtection 'none').
 */
export interface KeyProtector {
  readonly kind: 'safe_storage';
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}
