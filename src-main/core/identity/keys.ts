import crypto from 'node:crypto';

/**
 * Ed25519 keys of a device (DESIGN.md §5), from node:crypto only. Public keys travel as SPKI PEM;
 * a fingerprint is the SHA-256 of the SPKI DER, shown as 16 groups of 4 hex digits.
 */
export interface KeyPairPem {
  publicKeyPem: string;
  /** PKCS#8 PEM. Never written into a bundle, a PDF or a log. */
  privateKeyPem: string;
}

export function generateDeviceKeyPair(): KeyPairPem {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Ed25519 signature (64 bytes) of `data`. */
export function signBytes(privateKeyPem: string, data: Uint8Array): Buffer {
  return crypto.sign(null, data, crypto.createPrivateKey(privateKeyPem));
}

/** True only for a valid Ed25519 signature of `data` by the key; a malformed key or signature is false, never a throw. */
export function verifyBytes(publicKeyPem: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = crypto.createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return crypto.verify(null, data, key, signature);
  } catch {
    return false;
  }
}

export function publicKeyFingerprint(publicKeyPem: string): string {
  const der = crypto.createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = crypto.createHash('sha256').update(der).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

export function sha256Hex(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** What signs on this device's behalf: the id, the public half, and a signing function (the private key stays inside). */
export interface DeviceSigner {
  deviceId: string;
  publicKeyPem: string;
  fingerprint: string;
  sign(data: Uint8Array): Buffer;
}

export function signerFrom(deviceId: string, keys: KeyPairPem): DeviceSigner {
  return {
    deviceId,
    publicKeyPem: keys.publicKeyPem,
    fingerprint: publicKeyFingerprint(keys.publicKeyPem),
    sign: (data) => signBytes(keys.privateKeyPem, data),
  };
}
