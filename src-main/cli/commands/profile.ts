import fs from 'node:fs';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { Profile } from '../../../src-shared/api/identity';
import type { Result } from '../../../src-shared/api/errors';
import { openCore } from '../../core/core';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new KiemTraError(r.error.code, r.error.vi, r.error.en, { context: r.error.context, issues: r.error.issues });
  return r.value;
}

function withCore<T>(dataDir: string | undefined, resourcesDir: string, run: (core: ReturnType<typeof openCore>) => T): T {
  const core = openCore({ dataDir, resourcesDir });
  try {
    return run(core);
  } finally {
    core.close();
  }
}

/** `kiemtra profile create`: the first-run profile from the command line (the key is stored unencrypted: no OS keychain here). */
export function runProfileCreate(dataDir: string | undefined, resourcesDir: string, input: { name: string; position?: string; unit?: string }): Profile {
  return withCore(dataDir, resourcesDir, (core) => value(core.call('profile.create', { fullName: input.name, position: input.position, unit: input.unit })));
}

export function runProfileShow(dataDir: string | undefined, resourcesDir: string): Profile | null {
  return withCore(dataDir, resourcesDir, (core) => value(core.call('profile.get', {})));
}

/** `kiemtra profile export-key --out FILE`: the key backup, written 0600; refuses to overwrite. */
export function runExportKey(dataDir: string | undefined, resourcesDir: string, out: string, passphrase: string | undefined): string {
  if (fs.existsSync(out)) throw new KiemTraError('CONFLICT', `Tệp ${out} đã có; chọn tên khác`, `${out} already exists; choose another name`, { context: { file: out } });
  const exported = withCore(dataDir, resourcesDir, (core) => value(core.call('profile.exportKey', passphrase ? { passphrase } : {})));
  fs.writeFileSync(out, exported.contents, { mode: 0o600, flag: 'wx' });
  return out;
}

export function formatProfile(p: Profile | null): string {
  if (!p) return 'Chưa có hồ sơ cán bộ / no inspector profile yet (kiemtra profile create --name "…")';
  return [
    `Cán bộ / inspector: ${p.fullName}${p.position ? ` — ${p.position}` : ''}`,
    `Đơn vị / unit: ${p.unit}`,
    `Thiết bị / device: ${p.deviceId}`,
    `Dấu vân tay khoá / key fingerprint: ${p.fingerprint}`,
    `Tệp khoá / key file: ${p.keyFile} (${p.keyProtection === 'safe_storage' ? 'mã hoá bằng kho khoá hệ điều hành / encrypted by the OS keychain' : 'KHÔNG mã hoá / NOT encrypted (0600)'})`,
    ...(p.keyProblem ? [`Lỗi khoá / key problem: ${p.keyProblem.vi} / ${p.keyProblem.en}`] : []),
  ].join('\n');
}
