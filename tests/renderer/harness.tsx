import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import type { KiemTraApi } from '../../src-shared/api/contract';
import { openCore, type Core } from '../../src-main/core/core';
import { setTransport } from '../../src-renderer/api/client';
import { App } from '../../src-renderer/app/App';
import { initI18n, type Language } from '../../src-renderer/i18n';
import { useUiStore } from '../../src-renderer/store/ui';

/**
 * Renders the real app against a real core on a temporary SQLite file: the transport calls
 * core.dispatch directly (the JSON round trip keeps it honest about what crosses a transport).
 */
export async function renderApp(opts: { route?: string; language?: Language; core?: Core; profile?: boolean } = {}) {
  const core = opts.core ?? openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ui-')), resourcesDir: path.resolve('resources'), transport: 'web' });
  // The app opens on the first-run profile screen until a profile exists; most stories start after it.
  if (opts.profile !== false) ensureProfile(core);
  const transport: KiemTraApi = {
    call: async (name, input) => JSON.parse(JSON.stringify(core.dispatch(name, JSON.parse(JSON.stringify(input ?? {}))))),
  };
  setTransport(transport);
  const language = opts.language ?? 'vi';
  const i18n = await initI18n(language);
  await i18n.changeLanguage(language);
  useUiStore.getState().setLanguageState(language);
  window.location.hash = opts.route ?? '#/facilities';
  const utils = render(<App />);
  return { ...utils, core };
}

/** The inspector's profile, made through the API as the first-run screen makes it. */
export function ensureProfile(core: Core): void {
  const existing = core.call('profile.get', {});
  if (existing.ok && existing.value) return;
  const made = core.call('profile.create', { fullName: 'Nguyễn Văn An', position: 'Chuyên viên' });
  if (!made.ok) throw new Error(`profile.create failed: ${made.error.en}`);
}
