import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-shared/crypto/canonical-json';
import { generateDeviceKeyPair, publicKeyFingerprint, signerFrom, verifyBytes } from '../../../src-main/core/identity/keys';

describe('device keys and canonical JSON', () => {
  it('a signature verifies with its own key and is refused with another or after one byte changes', () => {
    const a = signerFrom('dev-a', generateDeviceKeyPair());
    const b = generateDeviceKeyPair();
    const data = Buffer.from(canonicalJson({ z: 1, a: 'Sơn La' }));
    const sig = a.sign(data);
    expect(verifyBytes(a.publicKeyPem, data, sig)).toBe(true);
    expect(verifyBytes(b.publicKeyPem, data, sig)).toBe(false);
    const flipped = Buffer.from(data);
    flipped[3] = flipped[3]! ^ 1;
    expect(verifyBytes(a.publicKeyPem, flipped, sig)).toBe(false);
    expect(verifyBytes('not a key', data, sig)).toBe(false);
    expect(a.fingerprint).toBe(publicKeyFingerprint(a.publicKeyPem));
    expect(a.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });

  it('canonical JSON sorts keys at every depth, writes NFC and refuses values JSON would lose', () => {
    const decomposed = 'So\u031bn La'; // "Sơn" with a combining horn
    expect(canonicalJson({ b: [{ y: 2, x: 1 }], a: decomposed, u: undefined })).toBe('{"a":"Sơn La","b":[{"x":1,"y":2}]}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a is NaN/);
    expect(() => canonicalJson([undefined])).toThrow(/\$\[0\]/);
  });
});
