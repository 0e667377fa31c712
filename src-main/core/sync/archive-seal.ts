import fs from 'node:fs';
import type { DeviceSigner } from '../identity/keys';
import { verifyBytes } from '../identity/keys';

/**
 * The whole archive is signed too, not only the manifest: zip headers (names, sizes, dates)
 * are outside every part's SHA-256, and a bundle must not differ by a single byte from what was
 * signed. The zip comment ends the file: "KIEMTRA-ED25519:" then the base64 Ed25519 signature
 * (88 characters) of every byte of the file before those 88 characters.
 */
export const SEAL_PREFIX = 'KIEMTRA-ED25519:';
const SIG_CHARS = 88;
export const SEAL_PLACEHOLDER = SEAL_PREFIX + 'A'.repeat(SIG_CHARS);

/** Writes the signature into the placeholder comment at the end of a freshly written zip. */
export function sealArchive(file: string, signer: DeviceSigner): void {
  const data = fs.readFileSync(file);
  if (data.subarray(data.length - SEAL_PLACEHOLDER.length).toString('latin1') !== SEAL_PLACEHOLDER) throw new Error('sealArchive: the zip does not end with the seal placeholder');
  const signature = signer.sign(data.subarray(0, data.length - SIG_CHARS)).toString('base64');
  if (signature.length !== SIG_CHARS) throw new Error('sealArchive: unexpected signature length');
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from(signature, 'latin1'), 0, SIG_CHARS, data.length - SIG_CHARS);
  } finally {
    fs.closeSync(fd);
  }
}

/** True when the file ends with a seal that `publicKeyPem` made over every byte before it. */
export function archiveSealed(data: Buffer, publicKeyPem: string): boolean {
  if (data.length < SEAL_PLACEHOLDER.length + 22) return false;
  const tail = data.subarray(data.length - SEAL_PLACEHOLDER.length).toString('latin1');
  const text = tail.slice(SEAL_PREFIX.length);
  // Strict base64: Node's decoder skips stray characters, which would let a changed byte pass.
  if (!tail.startsWith(SEAL_PREFIX) || !/^[A-Za-z0-9+/]{86}==$/.test(text)) return false;
  const signature = Buffer.from(text, 'base64');
  return verifyBytes(publicKeyPem, data.subarray(0, data.length - SIG_CHARS), signature);
}
