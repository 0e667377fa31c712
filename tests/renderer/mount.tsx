import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import type { ApiInput, ApiOutput, KiemTraApi, OperationName } from '../../src-shared/api/contract';
import { openCore, type Core } from '../../src-main/core/core';
import { setTransport } from '../../src-renderer/api/client';
import { App } from '../../src-renderer/app/App';
import { initI18n, type Language } from '../../src-renderer/i18n';
import { useUiStore } from '../../src-renderer/store/ui';

/** A core on a fresh temporary data file, as harness.tsx makes it. */
export function tempCore(): Core {
  return openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-comp-')), resourcesDir: path.resolve('resources'), transport: 'web' });
}

/** core.call that fails the test with the core's own message. */
export function must<N extends OperationName>(core: Core, name: N, input: ApiInput<N>): ApiOutput<N> {
  const r = core.call(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.vi} (${JSON.stringify(r.error.issues ?? [])})`);
  return r.value;
}

/**
 * Like harness.tsx's renderApp, for a component that no page embeds yet: the real App (providers,
 * router, i18n) with the element as its only route, against a real core.
 */
export async function mountWithCore(element: ReactElement, opts: { core: Core; language?: Language; queryClient?: QueryClient }) {
  const { core } = opts;
  const transport: KiemTraApi = {
    call: async (name, input) => JSON.parse(JSON.stringify(core.dispatch(name, JSON.parse(JSON.stringify(input ?? {}))))),
  };
  setTransport(transport);
  const language = opts.language ?? 'vi';
  const i18n = await initI18n(language);
  await i18n.changeLanguage(language);
  useUiStore.getState().setLanguageState(language);
  window.location.hash = '#/';
  const queryClient = opts.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  return { ...render(<App routes={[{ path: '*', element }]} queryClient={queryClient} />), queryClient };
}

/** An X-ray check started on 20/11/2025 at a hospital with one general unit (register QC date 10/01/2025). */
export function xrayCheck(core: Core, name = 'Bệnh viện Đa khoa tỉnh Sơn La') {
  const facilityId = must(core, 'facilities.create', { name, kind: 'hospital', provinceCode: 'son-la', beds: 550 }).id;
  const unitId = must(core, 'xrayUnits.create', { facilityId, type: 'general', manufacturer: 'Shimadzu', serial: 'GX-77', lastQcOn: '2025-01-10' }).id;
  const id = must(core, 'inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '125/QĐ-SKHCN', startedAt: '2025-11-20T08:30' }).id;
  return { facilityId, unitId, id };
}

export function consoleReading(core: Core, inspectionId: string, unitId: string, measured: number) {
  return must(core, 'inspections.saveAnswer', {
    inspectionId,
    itemKey: 'unit_dose_rates',
    instanceKey: unitId,
    value: [{ cells: { point: 'Bàn điều khiển', position: 'console', measured } }],
  });
}

/**
 * jsdom has no layout: every element measures 0 × 0, so TanStack Virtual sees an empty window and
 * renders no row. Give scroll viewports the size a desktop window would; returns the undo.
 */
export function layoutForVirtualLists(): () => void {
  const proto = window.Element.prototype;
  const saved = ['clientHeight', 'clientWidth'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
  const size = (value: number) => ({
    configurable: true,
    get(this: Element) {
      return this.hasAttribute('data-scrollarea-viewport') ? value : 0;
    },
  });
  Object.defineProperty(proto, 'clientHeight', size(800));
  Object.defineProperty(proto, 'clientWidth', size(1000));
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[name];
    }
  };
}
