import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/api/errors';
import { openCore, type Core } from '../../src-main/core/core';
import { renderApp } from './harness';

let core: Core | undefined;
afterEach(() => core?.close());
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en}`);
  return r.value;
}

const day = (n: number) => dayjs().add(n, 'day').format('YYYY-MM-DD');

describe('licence tab badges', () => {
  it('say "Sắp hết hạn" exactly where the core warns (the pack\'s window), not by a date rule of their own', async () => {
    core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-ui-lic-')), resourcesDir: path.resolve('resources'), transport: 'web' });
    const facilityId = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' })).id;
    // Declaration KB-01 expires in 60 days: inside the pack's 90-day window, renewal still fileable
    // (45 days before). VB-02 expires in 30 days: its renewal filing day has passed. Licence GP-OLD
    // expires in 30 days too, but GP-NEW (same kind, 120 days: outside the window) replaced it.
    ok(core.call('licences.create', { facilityId, kind: 'khai_bao', number: 'KB-01', issuedOn: day(-300), expiresOn: day(60) }));
    ok(core.call('licences.create', { facilityId, kind: 'other', number: 'VB-02', issuedOn: day(-300), expiresOn: day(30) }));
    ok(core.call('licences.create', { facilityId, kind: 'giay_phep', number: 'GP-OLD', issuedOn: day(-1800), expiresOn: day(30) }));
    ok(core.call('licences.create', { facilityId, kind: 'giay_phep', number: 'GP-NEW', issuedOn: day(-5), expiresOn: day(120) }));
    const warnings = ok(core.call('warnings.list', { facilityId })).filter((w) => w.kind === 'licence_expiry');
    expect(warnings.filter((w) => w.state === 'due_soon').map((w) => w.record.label)).toEqual(['KB-01']);
    expect(warnings.filter((w) => w.state === 'overdue').map((w) => w.record.label)).toEqual(['VB-02']);

    await renderApp({ core, route: `#/facilities/${facilityId}?tab=licences` });
    const row = async (n: string) => (await screen.findAllByTestId('licence-row')).find((r) => r.textContent?.includes(n))!;
    await waitFor(async () => expect(await row('KB-01')).toHaveTextContent('Sắp hết hạn'));
    await waitFor(async () => expect(await row('VB-02')).toHaveTextContent('Quá hạn nộp hồ sơ gia hạn'));
    expect(await row('VB-02')).not.toHaveTextContent('Sắp hết hạn');
    expect(await row('GP-OLD')).not.toHaveTextContent('Sắp hết hạn');
    expect(await row('GP-OLD')).not.toHaveTextContent('Quá hạn');
    expect(await row('GP-NEW')).toHaveTextContent('Ngày hết hạn');
    expect(await row('GP-NEW')).not.toHaveTextContent('Sắp hết hạn');
  });
});
