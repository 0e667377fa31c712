import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE, LOG_MAX_BYTES, describeError, logsFolderOf, openLog, redact } from '../../../src-main/core/maintenance/log';
import { addFacility, modeOf, open, tempDataDir } from '../backup/support';

const WORKER = 'Nguyễn Thị Hoà';

describe('errors of the core and the shell go to a rotating log file, without personal data', () => {
  it('logs a bug with its operation, code and stack, never the name the user typed; user refusals are not logged', () => {
    const dataDir = tempDataDir('kt-log-');
    const log = openLog(logsFolderOf(path.join(dataDir, 'kiemtra.sqlite')));
    const core = open(dataDir, { log });
    try {
      // A bug whose message quotes the input, as SQLite and JSON errors do.
      core.db.exec(`CREATE TEMP TRIGGER bug BEFORE INSERT ON facilities BEGIN SELECT RAISE(ABORT, 'cannot store "' || NEW.name || '"'); END;`);
      const r = core.call('facilities.create', { name: WORKER, kind: 'hospital', provinceCode: 'son-la' });
      expect(r.ok ? 'ok' : r.error.code).toBe('INTERNAL');
      const refused = core.call('facilities.create', { name: '', kind: 'hospital', provinceCode: 'son-la' });
      expect(refused.ok ? 'ok' : refused.error.code).toBe('VALIDATION');
    } finally {
      core.close();
    }
    const text = fs.readFileSync(log.file, 'utf8');
    expect(log.file).toBe(path.join(dataDir, 'logs', LOG_FILE));
    expect(text).toContain('[error] operation failed operation=facilities.create code=INTERNAL');
    expect(text).toMatch(/SqliteError \[SQLITE_CONSTRAINT_TRIGGER\]: cannot store "…"/);
    expect(text).toMatch(/\n\s+at /); // the stack, to find the bug
    expect(text).not.toContain(WORKER);
    expect(text).not.toContain('VALIDATION');
    // Owner-only, like the data file.
    expect(modeOf(path.dirname(log.file))).toBe(0o700);
    expect(modeOf(log.file)).toBe(0o600);
  });

  it('cuts keys, signature images, long tokens and quoted values out of any message', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIPp3N3F2aW5hZ2VudGVzdGtleTEyMzQ1Njc4OTA=\n-----END PRIVATE KEY-----';
    const signature = `data:image/png;base64,${'iVBORw0KGgo'.repeat(20)}`;
    const line = redact(`sign failed for '${WORKER}' with ${pem} image ${signature} token ${'a1B2'.repeat(20)} dose "12,5 mSv" “${WORKER}”`);
    expect(line).toBe(`sign failed for '…' with [key removed] image [data URL removed] token [long value removed] dose "…" “…”`);
    expect(describeError(new TypeError(`Unexpected token in "${WORKER}"`))).toMatch(/^TypeError: Unexpected token in "…"\n\s+at /);
    expect(describeError(42)).toBe('non-error value (number)');
  });

  it('rotates past 1 MB: the old part is kept as kiemtra.old.log and a new file starts', () => {
    const folder = path.join(tempDataDir('kt-log-rot-'), 'logs');
    const log = openLog(folder);
    const chunk = 'x'.repeat(1000);
    for (let i = 0; i * 1000 < LOG_MAX_BYTES + 50_000; i++) log.info(`line ${i} ${chunk}`);
    const old = path.join(folder, 'kiemtra.old.log');
    expect(fs.existsSync(old)).toBe(true);
    expect(fs.statSync(old).size).toBeGreaterThan(LOG_MAX_BYTES);
    expect(fs.statSync(log.file).size).toBeLessThan(LOG_MAX_BYTES);
    expect(fs.readFileSync(log.file, 'utf8')).toContain(`line ${Math.ceil((LOG_MAX_BYTES + 50_000) / 1000) - 1} `);
  });

  it('"Mở thư mục nhật ký" opens the folder in the desktop app and only shows where it is in web mode', async () => {
    const dataDir = tempDataDir('kt-log-open-');
    const web = open(dataDir, { transport: 'web' });
    const folder = path.join(dataDir, 'logs');
    try {
      addFacility(web, 'Trạm Y tế');
      const info = web.call('app.info', {});
      expect(info.ok && info.value.logsFolder).toBe(folder);
      expect(await web.callAsync('app.logs.open', {})).toEqual({ ok: true, value: { folder, opened: false } });
    } finally {
      web.close();
    }
    const asked: string[] = [];
    const shell = open(dataDir, { transport: 'electron', openFolder: async (f) => void asked.push(f) });
    try {
      expect(await shell.callAsync('app.logs.open', {})).toEqual({ ok: true, value: { folder, opened: true } });
      expect(asked).toEqual([folder]);
      expect(fs.statSync(folder).isDirectory()).toBe(true);
    } finally {
      shell.close();
    }
  });
});
