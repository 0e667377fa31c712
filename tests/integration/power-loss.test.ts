import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyDataFile } from '../../src-main/core/backup/verify';
import { openCore } from '../../src-main/core/core';

/**
 * Power loss, not only process death. A process killed with SIGKILL loses nothing the OS already
 * has, synced or not, so a crash test passes even with synchronous=OFF. Here the writer runs its
 * SQLite through a VFS shim (power-loss/durable-vfs.c, a loadable extension) that keeps, for the
 * database and its WAL, a copy of each file as it was at its last fsync. After the kill, the test
 * "reboots" onto those copies alone — a disk that lost every write not yet synced — and checks that
 * every save the app acknowledged is still there. The same test with synchronous=OFF (and NORMAL,
 * which in WAL mode syncs only at checkpoints) must lose acknowledged saves, or it proves nothing.
 */
const root = path.resolve('.');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-power-'));
const shim = path.join(work, 'durable-vfs.so');
const writer = path.join(root, 'tests', 'integration', 'power-loss', 'writer.ts');

beforeAll(() => {
  const cc = spawnSync('cc', ['-shared', '-fPIC', '-O1', '-I', path.join(root, 'node_modules/better-sqlite3/deps/sqlite3'), '-o', shim, path.join(root, 'tests/integration/power-loss/durable-vfs.c')], {
    encoding: 'utf8',
  });
  if (cc.status !== 0) throw new Error(`could not build the VFS shim (needs a C compiler: apt-get install gcc libc6-dev): ${cc.stderr}`);
});

interface Run {
  dataDir: string;
  inspectionId: string;
  acks: Map<string, number>;
  lines: string[];
}

function prepare(name: string): { dataDir: string; inspectionId: string } {
  const dataDir = path.join(work, name);
  const core = openCore({ dataDir, resourcesDir: path.join(root, 'resources') });
  const f = core.call('facilities.create', { name: 'Bệnh viện Đa khoa Phù Yên', kind: 'hospital', provinceCode: 'son-la' });
  if (!f.ok) throw new Error(f.error.en);
  const i = core.call('inspections.create', { facilityId: f.value.id, kind: 'radiation', templateId: 'xray-diagnostic' });
  if (!i.ok) throw new Error(i.error.en);
  core.close();
  // A clean close checkpoints and removes the WAL: this file is the synced starting point.
  fs.copyFileSync(path.join(dataDir, 'kiemtra.sqlite'), path.join(dataDir, 'initial.sqlite'));
  return { dataDir, inspectionId: i.value.id };
}

/** Runs the writer until `until(lines)` holds, then SIGKILLs it. */
function runWriter(args: string[], until: (lines: string[]) => boolean, name: string): Promise<Run> {
  const { dataDir, inspectionId } = prepare(name);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, inspectionId, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const acks = new Map<string, number>();
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (killed) continue;
        lines.push(line);
        const m = /^ack (\S+) (\d+)$/.exec(line);
        if (m) acks.set(m[1]!, Number(m[2]));
        if (until(lines)) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ dataDir, inspectionId, acks, lines });
      else reject(new Error(`writer exited ${code} before the kill: ${stderr.slice(0, 2000)} ${lines.slice(-3).join(' | ')}`));
    });
  });
}

/** The files a disk that honours fsync and drops everything else would hold after the power cut. */
function rebootOnSyncedData(run: Run): string {
  const after = path.join(run.dataDir, 'after-power-loss');
  fs.mkdirSync(after);
  const file = path.join(run.dataDir, 'kiemtra.sqlite');
  fs.copyFileSync(fs.existsSync(`${file}.durable`) ? `${file}.durable` : path.join(run.dataDir, 'initial.sqlite'), path.join(after, 'kiemtra.sqlite'));
  if (fs.existsSync(`${file}-wal.durable`)) fs.copyFileSync(`${file}-wal.durable`, path.join(after, 'kiemtra.sqlite-wal'));
  return after;
}

/** Acknowledged saves missing from the data folder: "<item> acknowledged n, found m". */
function lostSaves(dataDir: string, run: Run): string[] {
  const db = new Database(path.join(dataDir, 'kiemtra.sqlite'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const lost: string[] = [];
    for (const [itemKey, n] of run.acks) {
      const row = db.prepare('SELECT value FROM inspection_answers WHERE inspection_id = ? AND item_key = ?').get(run.inspectionId, itemKey) as { value: string } | undefined;
      const stored = Number(/Giá trị số (\d+)/.exec(row?.value ?? '')?.[1] ?? 0);
      if (stored < n) lost.push(`${itemKey} acknowledged ${n}, found ${stored}`);
    }
    return lost;
  } finally {
    db.close();
  }
}

const SAVES = 300;
const allAcked = (lines: string[]) => lines.includes('done');

describe('power loss: only what was synced survives', () => {
  it('with the app\'s synchronous=FULL, every acknowledged save survives on the synced copies', async () => {
    const run = await runWriter(['FULL', shim, String(SAVES)], allAcked, 'full');
    expect(run.lines[0]).toBe('ready 2');
    expect([...run.acks.values()].reduce((a, b) => Math.max(a, b), 0)).toBe(SAVES + 4);
    // The shim really saw syncs of both files (checkpoints happened).
    expect(fs.existsSync(path.join(run.dataDir, 'kiemtra.sqlite-wal.durable'))).toBe(true);
    expect(fs.existsSync(path.join(run.dataDir, 'kiemtra.sqlite.durable'))).toBe(true);
    expect(lostSaves(rebootOnSyncedData(run), run)).toEqual([]);
  }, 60_000);

  it('the same test catches synchronous=OFF: acknowledged saves are lost', async () => {
    const run = await runWriter(['OFF', shim, String(SAVES)], allAcked, 'off');
    expect(run.lines[0]).toBe('ready 0');
    // A process kill alone would not show it: the OS still has every write.
    expect(lostSaves(run.dataDir, run)).toEqual([]);
    expect(lostSaves(rebootOnSyncedData(run), run).length).toBeGreaterThan(0);
  }, 60_000);

  it('and catches synchronous=NORMAL (WAL synced only at checkpoints)', async () => {
    const run = await runWriter(['NORMAL', shim, String(SAVES)], allAcked, 'normal');
    expect(run.lines[0]).toBe('ready 1');
    expect(lostSaves(rebootOnSyncedData(run), run).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('SIGKILL in the middle of a backup', () => {
  it('leaves the data file whole with every acknowledged save, and every finished backup whole', async () => {
    const backupsStarted = (lines: string[]) => lines.filter((l) => l.startsWith('backup-done')).length >= 2 && lines.some((l) => l.startsWith('backup-start 3'));
    const run = await runWriter(['FULL', '-', '100000', 'backup'], backupsStarted, 'backup');
    expect(lostSaves(run.dataDir, run)).toEqual([]);
    const dir = path.join(run.dataDir, 'backups');
    const finished = fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite'));
    expect(finished.length).toBeGreaterThanOrEqual(2);
    for (const f of finished) expect(verifyDataFile(path.join(dir, f)).schemaVersion).toBeGreaterThan(0);
    // The app opens the file again; the interrupted copy's leftover is cleared at start.
    const core = openCore({ dataDir: run.dataDir, resourcesDir: path.join(root, 'resources') });
    core.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 60_000);
});
