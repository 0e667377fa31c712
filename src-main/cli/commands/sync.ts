import { KiemTraError } from '../../../src-shared/api/errors';
import { openCore } from '../../core/core';
import { exportBundle } from '../../core/sync/export';
import { importBundle, type ImportReport } from '../../core/sync/import';

export interface SyncCliOptions {
  dataDir?: string;
  resourcesDir: string;
  actor?: string;
}

/**
 * `kiemtra export`: signed with this data folder's device key, the one the inspector profile made
 * (`kiemtra profile create`; device-key.json beside the data file), as the app does. A key file
 * encrypted by the desktop app's OS keychain cannot be opened here: the error says so.
 */
export async function runExport(o: SyncCliOptions & { out: string; all?: boolean; to?: string; log(l: string): void }): Promise<void> {
  const core = openCore({ dataDir: o.dataDir, resourcesDir: o.resourcesDir, transport: 'direct' });
  try {
    const r = await exportBundle(core.env, {
      out: o.out,
      all: o.all,
      destination: o.to,
      inspectorName: core.env.identity ? core.env.actor : null,
      onProgress: (p) => o.log(`… ${p.phase} ${p.done}/${p.total}`),
    });
    const counts = Object.entries(r.counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'không có thay đổi / no changes';
    o.log(`Đã ghi / wrote ${r.file} (${r.bytes} byte): ${counts}; ảnh / images ${r.blobs}`);
    o.log('Cảnh báo: gói không được mã hóa — ai có tệp cũng đọc được. / Warning: the bundle is not encrypted — anyone holding the file can read it.');
  } finally {
    core.close();
  }
}

export function formatReport(r: ImportReport): string {
  const lines = [`${r.file}: ${r.alreadyImported ? 'đã nhập trước đây, không có gì thay đổi / imported before, nothing changed' : 'đã nhập / imported'}`];
  lines.push(`  từ / from: ${r.sender.deviceId}${r.sender.inspectorName ? ` (${r.sender.inspectorName})` : ''}, khóa / key ${r.sender.fingerprint}${r.newlyTrusted ? ' — mới được tin cậy / newly trusted' : ''}`);
  for (const [kind, c] of Object.entries(r.kinds)) {
    lines.push(`  ${kind}: thêm / added ${c.added}, đổi / changed ${c.changed}, giữ nguyên / unchanged ${c.unchanged}, xung đột / in conflict ${c.conflicts}`);
  }
  if (r.devices.length) lines.push(`  công việc của các thiết bị / work of devices: ${r.devices.map((d) => d.inspectorName ?? d.deviceId).join(', ')}`);
  if (r.backup) lines.push(`  bản sao lưu trước khi nhập / backup before import: ${r.backup}`);
  return lines.join('\n');
}

/** Imports each bundle in turn; a refused one is named with its reason and the exit code is non-zero. */
export async function runImport(o: SyncCliOptions & { files: string[]; yes?: boolean; log(l: string): void; error(l: string): void }): Promise<number> {
  const core = openCore({ dataDir: o.dataDir, resourcesDir: o.resourcesDir, actor: o.actor, transport: 'direct' });
  let failed = 0;
  try {
    for (const file of o.files) {
      try {
        o.log(formatReport(await importBundle(core.env, { path: file }, { trust: o.yes })));
      } catch (err) {
        if (!(err instanceof KiemTraError)) throw err;
        failed++;
        o.error(`kiemtra: ${err.vi}\nkiemtra: ${err.en}`);
      }
    }
  } finally {
    core.close();
  }
  return failed;
}
