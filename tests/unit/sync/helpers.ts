import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import type { KeyPairPem } from '../../../src-main/core/identity/keys';
import { withProfile } from '../identity/helpers';
import { exportBundle, type ExportOptions } from '../../../src-main/core/sync/export';
import { importBundle, type ImportOptions } from '../../../src-main/core/sync/import';
import { canonicalDump } from '../../../src-main/core/sync/dump';

export const resourcesDir = path.resolve('resources');
const open: Core[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** One shared wall clock for a test's devices; each device may run ahead or behind it. */
export class Wall {
  ms = Date.UTC(2026, 10, 20, 8, 0, 0);
  advance(minutes = 1): void {
    this.ms += minutes * 60_000;
  }
}

export interface Device {
  name: string;
  core: Core;
  dir: string;
  keys: KeyPairPem;
  reopen(): Device;
}

/**
 * A laptop: its own data file, clock (offset in minutes from the wall), and inspector profile
 * named `name`, whose device key (made by profile.create, kept on reopen) signs its bundles.
 */
export function device(name: string, wall: Wall, options: { offsetMinutes?: number; dir?: string } = {}): Device {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `kt-sync-${name}-`));
  const offset = (options.offsetMinutes ?? 0) * 60_000;
  const core = openCore({ dataDir: dir, resourcesDir, actor: name, now: () => new Date(wall.ms + offset) });
  open.push(core);
  const keys = withProfile(core, name, null);
  const d: Device = {
    name,
    core,
    dir,
    keys,
    reopen: () => {
      core.close();
      return device(name, wall, { ...options, dir });
    },
  };
  return d;
}

let counter = 0;
export async function exportFrom(d: Device, options: Partial<ExportOptions> = {}): Promise<string> {
  const out = path.join(d.dir, `${d.name}-${++counter}.kiemtra`);
  await exportBundle(d.core.env, { out, inspectorName: d.name, destination: options.destination ?? 'shared', ...options });
  return out;
}

export function importInto(d: Device, file: string, options: ImportOptions = {}) {
  return importBundle(d.core.env, { path: file }, { trust: true, backup: false, ...options });
}

export function dump(d: Device): string {
  return canonicalDump(d.core.db, d.core.resources.provinceName);
}

export function ok<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; en: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en}`);
  return r.value;
}
