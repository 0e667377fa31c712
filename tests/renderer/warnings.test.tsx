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

describe("a worker's page judges the recorded doses", () => {
  it('shows the five-year average over the limit with its figures and basis, and the reading dates column', async () => {
    // The clock of this test is the real one: five years of quarters ending with the last one fully over.
    core = tempCore();
    const facilityId = must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }).id;
    const workerId = must(core, 'workers.create', { facilityId, name: 'Lò Văn Tuấn', role: 'radiographer', dosimeterId: 'LK-01' }).id;
    const now = new Date();
    let index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3) - 1;
    for (let i = 0; i < 20; i++, index--) {
      const year = Math.floor(index / 4);
      const quarter = (index % 4) + 1;
      const readOn = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-15`;
      must(core, 'doseRecords.create', { workerId, year, quarter, hp10: 5.25, readOn });
    }
    await renderApp({ core, route: `#/facilities/${facilityId}?tab=workers&item=${workerId}` });
    const verdicts = await screen.findByTestId('worker-dose-verdicts', {}, { timeout: 10_000 });
    await waitFor(() => expect(verdicts).toHaveTextContent('Vượt giới hạn liều'));
    expect(verdicts).toHaveTextContent('= 105 / 5 = 21 mSv/năm > giới hạn 20 — không đạt');
    expect(verdicts).toHaveTextContent('Nghị định số 142/2020/NĐ-CP');
    const table = screen.getByRole('table', { name: 'Kết quả liều kế theo quý' });
    expect(within(table).getByRole('columnheader', { name: 'Ngày đọc liều kế' })).toBeInTheDocument();
    expect(table).toHaveTextContent(/15\/\d{2}\/\d{4}/);
  });
});

describe("the check form's dose item", () => {
  it('shows each worker’s recorded doses judged, with the figures, without anything typed', async () => {
    core = tempCore();
    const facilityId = must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }).id;
    const workerId = must(core, 'workers.create', { facilityId, name: 'Lò Văn Tuấn', role: 'radiographer', dosimeterId: 'LK-01' }).id;
    const now = new Date();
    let index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3) - 1;
    for (let i = 0; i < 20; i++, index--) must(core, 'doseRecords.create', { workerId, year: Math.floor(index / 4), quarter: (index % 4) + 1, hp10: 5.25 });
    const today = now.toISOString().slice(0, 10);
    const inspection = must(core, 'inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '31/QĐ-SKHCN', startedAt: `${today}T08:30` });
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const item = await screen.findByRole('group', { name: /^Liều hiệu dụng cao nhất của nhân viên/ }, { timeout: 20_000 });
    await waitFor(() => expect(within(item).getAllByTestId('verdict-line').length).toBeGreaterThanOrEqual(2), { timeout: 20_000 });
    const lines = within(item).getAllByTestId('verdict-line').map((l) => l.textContent ?? '');
    expect(lines.some((l) => l.includes('Lò Văn Tuấn') && l.includes('= 105 / 5 = 21 mSv/năm > giới hạn 20'))).toBe(true);
    expect(lines.some((l) => l.includes('Lò Văn Tuấn') && l.includes('Tổng liều hiệu dụng 4 quý'))).toBe(true);
  }, 60_000);
});
