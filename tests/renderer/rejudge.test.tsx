import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { consoleReading, fillRequired, ok, resourcesDir, tempCore, xrayCheck } from '../unit/findings/helpers';
import { renderApp } from './harness';
import { IMPORT_REASON, signedBySupervisor, trustSupervisor } from '../unit/rules/signing';

let core: Core | undefined;
afterEach(() => core?.close());

describe('completed minutes judged again', () => {
  it('shows the original verdict beside the verdict by a newer imported pack', async () => {
    core = tempCore().core;
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 8);
    fillRequired(core, id);
    ok(core.call('inspections.complete', { id, conclusion: 'Cơ sở cơ bản đáp ứng yêu cầu an toàn bức xạ.', endedAt: '2025-11-20T11:30', facilityOpinion: 'Cơ sở thống nhất.' }));
    const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
    pack.version = '1.1.0';
    pack.rules.find((r: { id: string }) => r.id === 'radiation.dose_rate.console').parameters.max.value = 5;
    trustSupervisor(core);
    ok(core.call('rules.packs.import', { fileName: 'radiation-1.1.0.json', json: signedBySupervisor(pack), reason: IMPORT_REASON }));

    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${id}` });
    const panel = await screen.findByRole('region', { name: 'Đánh giá lại theo quy chuẩn hiện hành' });
    await user.click(within(panel).getByRole('button', { name: 'Đánh giá lại' }));
    const table = await within(panel).findByRole('table', { name: 'Đánh giá lại theo quy chuẩn hiện hành' });
    expect(within(table).getByText(/radiation-xray-142-2020 1\.0\.0/)).toBeInTheDocument();
    expect(within(table).getByText(/radiation-xray-142-2020 1\.1\.0/)).toBeInTheDocument();
    const row = within(table).getAllByRole('row').find((r) => /Bàn điều khiển/.test(r.textContent ?? ''))!;
    expect(within(row).getByText('Đạt')).toBeInTheDocument();
    expect(within(row).getByText('Không đạt')).toBeInTheDocument();
    // The minutes themselves are unchanged.
    expect(ok(core.call('inspections.get', { id })).inspection.rulePacks).toEqual([{ id: 'radiation-xray-142-2020', version: '1.0.0' }]);
  });
});
