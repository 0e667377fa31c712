// Kept free of runtime imports (types only): the preload runs in Chromium's sandbox, where only
// `electron` can be required, and everything it imports is bundled into preload.cjs.
import type { PreloadBridge } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';

/** Operation names look like `facilities.list` or `app.info`. */
export const OPERATION_NAME = /^[a-z]+(\.[a-zA-Z]+)+$/;

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The one object the page gets (`window.kiemtra`): a call per operation name, nothing else — no
 * raw ipcRenderer, no channel of the page's choosing. A name that cannot be an operation never
 * reaches IPC; the main process checks the name and the input again.
 */
export function createBridge(invoke: Invoke) {
  return {
    transport: 'electron',
    call: (name: string, input: unknown) => {
      if (typeof name !== 'string' || !OPERATION_NAME.test(name)) return Promise.resolve(unknownOperation(name));
      return invoke(`kiemtra:${name}`, input) as Promise<Result<never>>;
    },
  } as const satisfies PreloadBridge;
}

function unknownOperation(name: unknown): Result<never> {
  const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
  return {
    ok: false,
    error: {
      code: 'UNKNOWN_OPERATION',
      vi: `Không có thao tác "${shown}"`,
      en: `No operation "${shown}"`,
      context: { operation: shown },
    },
  };
}
