import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../src-main/preload/bridge';
import type { PreloadBridge } from '../../../src-shared/api/contract';

function recordingBridge() {
  const calls: { channel: string; input: unknown }[] = [];
  const bridge: PreloadBridge = createBridge(async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, value: { rows: [], total: 0 } };
  });
  return { bridge, calls };
}

describe('the page reaches the core only through window.kiemtra.call', () => {
  it('says it is the Electron transport and sends a call on that operation\'s channel', async () => {
    const { bridge, calls } = recordingBridge();
    expect(bridge.transport).toBe('electron');
    const result = await bridge.call('facilities.list', { query: 'son la' });
    expect(result).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(calls).toEqual([{ channel: 'kiemtra:facilities.list', input: { query: 'son la' } }]);
  });

  it('offers nothing but transport and call to the page', () => {
    expect(Object.keys(recordingBridge().bridge).sort()).toEqual(['call', 'transport']);
  });

  it('refuses a name that cannot be an operation without sending anything', async () => {
    const { bridge, calls } = recordingBridge();
    const call = bridge.call as (name: unknown, input: unknown) => ReturnType<PreloadBridge['call']>;
    for (const name of ['facilities', 'Facilities.list', '../facilities.list', 'kiemtra:app.info', 'app.info ', 'app..info', '', 42, null, { toString: () => 'app.info' }]) {
      const result = await call(name, {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('UNKNOWN_OPERATION');
    }
    expect(calls).toEqual([]);
  });
});
