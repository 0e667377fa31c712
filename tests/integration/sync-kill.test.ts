import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataFileIn } from '../../src-main/core/paths';
import { device, exportFrom, ok, resourcesDir, Wall } from '../unit/sync/helpers';

/** Starts the importing child and SIGKILLs it after `progressLines` progress reports (or lets it finish). */
function importAndKill(dataDir: string, file: string, progressLines: number | null): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/fixtures/sync/import-child.ts'), dataDir, resourcesDir, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let seen = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      seen = (out.match(/^progress /gm) ?? []).length;
      if (progressLines !== null && seen >= progressLines) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', () => resolve(out));
  });
}

function answers(dataDir: string): { n: number; integrity: string } {
  const db = new Database(dataFileIn(dataDir));
  const n = (db.prepare('SELECT count(*) AS n FROM inspection_answers').get() as { n: number }).n;
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return { n, integrity };
}

describe('the importing process killed at any point leaves none or all of the bundle', () => {
  it('integrity holds after SIGKILL at several points, and a retry completes', async () => {
    const wall = new Wall();
    const laptop = device('laptop', wall);
    const fac = ok(laptop.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }));
    const insp = ok(laptop.core.call('inspections.create', { facilityId: fac.id, kind: 'radiation', templateId: 'xray-diagnostic' }));
    // A large bundle: 12,000 answer rows written straight into the laptop's table (the form would take minutes).
    for (let i = 0; i < 12000; i++) {
      laptop.core.db
        .prepare("INSERT INTO inspection_answers (id, inspection_id, item_key, instance_key, value, created_at, updated_at, hlc, updated_by) VALUES (?, ?, 'licence_present', ?, '\"yes\"', 'x', 'x', ?, ?)")
        .run(`a-${String(i).padStart(6, '0')}`, insp.id, `i${i}`, laptop.core.env.hlc.tick(), laptop.core.env.deviceId);
    }
    const file = await exportFrom(laptop, { all: true });
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-kill-'));
    // Create the file with its schema first, so every kill lands inside the import.
    await importAndKill(target, path.join(target, 'missing.kiemtra'), null);
    for (const at of [1, 2, 3]) {
      const out = await importAndKill(target, file, at);
      expect(out).not.toContain('done');
      const s = answers(target);
      expect(s.integrity).toBe('ok');
      expect(s.n).toBe(0);
    }
    const done = await importAndKill(target, file, null);
    expect(done).toContain('done');
    expect(answers(target)).toEqual({ n: 12000, integrity: 'ok' });
  }, 180_000);
});
