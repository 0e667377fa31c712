import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { channelOf, isTrustedSender, registerIpcHandlers } from '../../../src-main/electron/ipc';
import { APP_ENTRY_URL } from '../../../src-main/electron/origin';
import { operationNames } from '../../../src-shared/api/contract';
import type { Result } from '../../../src-shared/api/errors';

// Electron's own types, taken from the shell's signatures (tests may not import electron).
type FakeIpcMain = Parameters<typeof registerIpcHandlers>[0];
type SenderEvent = Parameters<typeof isTrustedSender>[0];
type Listener = (event: SenderEvent, input: unknown) => unknown;

/** Records what the shell registers, as Electron's ipcMain would. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle(channel: string, listener: Listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  } as unknown as FakeIpcMain;
  const invoke = async (channel: string, senderUrl: string | null, input: unknown): Promise<Result<unknown>> => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } } as unknown as SenderEvent;
    return (await listener(event, input)) as Result<unknown>;
  };
  return { ipcMain, handlers, invoke };
}

const cores: Core[] = [];
function tempCore(): Core {
  const core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ipc-')), resourcesDir: path.resolve('resources'), transport: 'electron' });
  cores.push(core);
  return core;
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

const hospital = { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' };

describe('the desktop window talks to the core over IPC', () => {
  it('offers one channel per operation of the API contract, and no other', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const channels = registerIpcHandlers(ipcMain, tempCore());
    expect([...handlers.keys()].sort()).toEqual(operationNames.map((n) => `kiemtra:${n}`).sort());
    expect(channels).toHaveLength(operationNames.length);
  });

  it('answers the app page with the core result: a facility saved through IPC is in the data file', async () => {
    const core = tempCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, core);

    const info = await invoke(channelOf('app.info'), APP_ENTRY_URL, {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataFile: core.dataFile } });

    const created = await invoke(channelOf('facilities.create'), 'app://kiemtra/facilities/new', hospital);
    expect(created.ok).toBe(true);
    const count = core.db.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('refuses a page from anywhere else with FORBIDDEN and writes nothing', async () => {
    const core = tempCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, core);

    for (const sender of ['https://evil.example/', 'file:///home/user/page.html', 'app://other/index.html', 'http://kiemtra/', null]) {
      const result = await invoke(channelOf('facilities.create'), sender, hospital);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
      expect(!result.ok && result.error.vi).toContain('không được phép');
    }
    const count = core.db.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('returns the bilingual field errors of bad input instead of throwing', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, tempCore());
    const result = await invoke(channelOf('facilities.create'), APP_ENTRY_URL, { name: '', kind: 'hospital' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('VALIDATION');
    expect(!result.ok && result.error.issues?.map((i) => i.path)).toContain('name');
  });
});
