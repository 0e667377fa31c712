import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { KeyPairPem } from './keys';
import type { KeyProtector } from './protector';

export const KEY_FILE_NAME = 'device-key.json';

const KeyFile = z.object({
  format: z.literal('kiemtra.device-key/1'),
  deviceId: z.string().min(1).max(64),
  publicKeyPem: z.string().min(1).max(4000),
  protection: z.enum(['safe_storage', 'none']),
  /** PKCS#8 PEM ('none'), or base64 of the safeStorage-encrypted PEM ('safe_storage'). */
  privateKey: z.string().min(1).max(8000),
});
type KeyFile = z.output<typeof KeyFile>;

/** The key file beside the data file (the user-data folder). */
export function keyFileFor(dataFile: string): string {
  return path.join(path.dirname(dataFile), KEY_FILE_NAME);
}

/** Writes the key file (0600, atomically: a crash leaves the old file or the new one). */
export function writeKeyFile(file: string, deviceId: string, keys: KeyPairPem, protector: KeyProtector | null): 'safe_storage' | 'none' {
  const protection = protector ? 'safe_storage' : 'none';
  const body: KeyFile = {
    format: 'kiemtra.device-key/1',
    deviceId,
    publicKeyPem: keys.publicKeyPem,
    protection,
    privateKey: protector ? protector.encrypt(keys.privateKeyPem).toString('base64') : keys.privateKeyPem,
  };
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
  return protection;
}

function keyError(file: string, vi: string, en: string): KiemTraError {
  return new KiemTraError('BAD_FILE', `Tệp khoá thiết bị ${file}: ${vi}`, `Device key file ${file}: ${en}`, { context: { file } });
}

/** Reads and decrypts the key file; a clear BAD_FILE error names what is wrong. */
export function readKeyFile(file: string, deviceId: string, protector: KeyProtector | null): KeyPairPem {
  if (!fs.existsSync(file)) throw keyError(file, 'không tìm thấy; hãy khôi phục từ bản sao lưu khoá', 'missing; restore it from the key backup');
  let parsed: KeyFile;
  try {
    const r = KeyFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!r.success) throw new Error('shape');
    parsed = r.data;
  } catch {
    throw keyError(file, 'không đọc được (sai định dạng)', 'unreadable (not a KiemTra key file)');
  }
  if (parsed.deviceId !== deviceId) throw keyError(file, `thuộc thiết bị khác (${parsed.deviceId.slice(0, 40)})`, `belongs to another device (${parsed.deviceId.slice(0, 40)})`);
  let privateKeyPem: string;
  if (parsed.protection === 'safe_storage') {
    if (!protector) throw keyError(file, 'được mã hoá bằng kho khoá của hệ điều hành; chỉ mở được trong ứng dụng máy tính', "is encrypted with the OS keychain; only the desktop app can open it");
    try {
      privateKeyPem = protector.decrypt(Buffer.from(parsed.privateKey, 'base64'));
    } catch {
      throw keyError(file, 'không giải mã được bằng kho khoá của hệ điều hành', 'could not be decrypted with the OS keychain');
    }
  } else privateKeyPem = parsed.privateKey;
  return { publicKeyPem: parsed.publicKeyPem, privateKeyPem };
}
