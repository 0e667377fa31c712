import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { FacilityWarnings } from '../../src-renderer/features/warnings/FacilityWarnings';
import { renderApp } from './harness';
import { layoutForVirtualLists, mountWithCore, must, tempCore } from './mount';

let core: Core | undefined;
let undoLayout: () => void = () => {};
beforeEach(() => {
  undoLayout = layoutForVirtualLists();
});
afterEach(() => {
  core?.close();
  undoLayout();
});

describe('register warnings', () => {
  it('the warnings page lists the expired licence of the Sơn La sample under its kind, linked to its facility', async () => {
    core = tempCore();
    must(core, 'demo.seed', {});
    const licence = must(core, 'warnings.list', {}).find((w) => w.kind === 'licence_expiry')!;
    await renderApp({ core, route: '#/warnings' });

    expect(await screen.findByRole('heading', { name: 'Cảnh báo' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Giấy phép sắp hết hạn / hết hạn' })).toBeInTheDocument();
    const row = screen.getByText(licence.record.label).closest<HTMLElement>('[data-testid="warning-row"]')!;
    expect(within(row).getByText('Quá hạn')).toBeInTheDocument();
    expect(row).toHaveTextContent(/Giấy phép số .* quá hạn \d+ ngày/);
    expect(within(row).getByRole('link', { name: licence.facilityName })).toHaveAttribute('href', `#/facilities/${licence.facilityId}`);
  });

  it('filters by severity: only the critical warnings stay', async () => {
    core = tempCore();
    must(core, 'demo.seed', {});
    const all = must(core, 'warnings.list', {});
    const critical = all.filter((w) => w.severity === 'critical');
    const user = userEvent.setup();
    await renderApp({ core, route: '#/warnings' });
    await waitFor(() => expect(screen.getAllByTestId('warning-row').length).toBeGreaterThan(critical.length));
    await user.click(screen.getByRole('checkbox', { name: `Rất nghiêm trọng (${critical.length})` }));
    await waitFor(() => expect(screen.getAllByTestId('warning-row')).toHaveLength(critical.length));
  });

  it("a facility's warnings include its overdue requirement", async () => {
    core = tempCore();
    const facilityId = must(core, 'facilities.create', { name: 'Trung tâm Y tế Sông Mã', kind: 'health_center', provinceCode: 'son-la' }).id;
    const inspectionId = must(core, 'inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '7/QĐ-SKHCN', startedAt: '2025-03-01T08:00' }).id;
    must(core, 'requirements.create', { inspectionId, text: 'Bổ sung biển cảnh báo phóng xạ', deadline: '2025-04-01' });
    await mountWithCore(<FacilityWarnings facilityId={facilityId} />, { core });
    const box = await screen.findByTestId('facility-warnings');
    expect(await within(box).findByRole('heading', { name: 'Kiến nghị quá hạn' })).toBeInTheDocument();
    expect(box).toHaveTextContent('Bổ sung biển cảnh báo phóng xạ');
  });
});
