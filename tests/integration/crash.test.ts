import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core';
import { apiSession, callApi, startServer } from '../e2e/support';

/**
 * Pulling the power while an inspector types: the web-mode server is killed with SIGKILL in the
 * middle of a stream of autosaves. Every answer the server acknowledged must be in the file, and
 * the file must pass integrity_check.
 */
describe('a crash while answers are being saved', () => {
  it('keeps every acknowledged answer and leaves a file that passes integrity_check', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-crash-'));
    const core = openCore({ dataDir, resourcesDir: path.resolve('resources') });
    const facility = core.call('facilities.create', { name: 'Bệnh viện Đa khoa Phù Yên', kind: 'hospital', provinceCode: 'son-la' });
    if (!facility.ok) throw new Error(facility.error.en);
    const inspection = core.call('inspections.create', { facilityId: facility.value.id, kind: 'radiation', templateId: 'xray-diagnostic' });
    if (!inspection.ok) throw new Error(inspection.error.en);
    core.close();

    const server = await startServer(dataDir);
    const session = await apiSession(server);

    const keys = ['licence_number', 'rso_name', 'dosimetry_provider', 'findings'];
    const acknowledged = new Map<string, number>();
    let stopped = false;
    const writer = async (itemKey: string) => {
      for (let n = 1; !stopped; n++) {
        try {
          const res = await callApi(server, session, 'inspections.saveAnswer', { inspectionId: inspection.value.id, itemKey, value: `Giá trị số ${n}` });
          const body = (await res.json()) as { ok: boolean; error?: { en: string } };
          if (!body.ok) throw new Error(`save refused: ${body.error?.en}`);
          acknowledged.set(itemKey, n);
        } catch (err) {
          if (stopped) return;
          if (err instanceof Error && err.message.startsWith('save refused')) throw err;
          return; // the connection died with the server
        }
      }
    };
    const writers = keys.map(writer);
    // Let a few hundred saves land, then pull the plug mid-stream.
    let check: NodeJS.Timeout | undefined;
    const enoughSaved = new Promise((resolve) => {
      check = setInterval(() => {
        const total = [...acknowledged.values()].reduce((a, b) => a + b, 0);
        if (total >= 200) resolve(null);
      }, 5);
    });
    let crashed = false;
    const writersEnded = Promise.all(writers).then(() => {
      if (!crashed) throw new Error(`the writers stopped before the crash: ${server.output()}`);
    });
    try {
      await Promise.race([enoughSaved, writersEnded]);
    } finally {
      clearInterval(check);
    }
    crashed = true;
    server.process.kill('SIGKILL');
    await writersEnded;
    stopped = true;
    await server.stop();

    const db = new Database(path.join(dataDir, 'kiemtra.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const key of keys) {
      const row = db.prepare('SELECT value FROM inspection_answers WHERE inspection_id = ? AND item_key = ?').get(inspection.value.id, key) as
        | { value: string }
        | undefined;
      const lastAck = acknowledged.get(key) ?? 0;
      expect(lastAck).toBeGreaterThan(0);
      const stored = Number(/Giá trị số (\d+)/.exec(row?.value ?? '')?.[1] ?? 0);
      // The last acknowledged value, or one sent after it that landed before the kill.
      expect(stored).toBeGreaterThanOrEqual(lastAck);
    }
    const auditCount = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'inspection_answer'").get() as { n: number }).n;
    expect(auditCount).toBeGreaterThan(0);
    db.close();

    // The app opens the file again and sees the answers.
    const again = openCore({ dataDir, resourcesDir: path.resolve('resources') });
    const detail = again.call('inspections.get', { id: inspection.value.id });
    again.close();
    expect(detail.ok && detail.value.answers.filter((a) => keys.includes(a.itemKey))).toHaveLength(4);
  });
});
