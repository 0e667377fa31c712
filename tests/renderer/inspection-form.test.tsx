import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { freshCore, must, storedAnswer, wastewaterInspection, xrayInspection } from './inspection-seed';

let core: Core | undefined;
afterEach(() => core?.close());

const RSO_ITEM = 'Có người phụ trách an toàn được bổ nhiệm bằng văn bản';
const QC_12 = /^Kiểm định định kỳ không quá 12 tháng/;
const SAVE_WAIT = { timeout: 3000 };

function section(name: RegExp) {
  return screen.findByRole('region', { name });
}

/** Picks the n-th option of a Mantine select with the keyboard, as an inspector without a mouse would. */
async function choose(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, n: number) {
  combobox.focus();
  for (let i = 0; i < n; i++) await user.keyboard('{ArrowDown}');
  await user.keyboard('{Enter}');
}

function item(container: HTMLElement, label: string | RegExp) {
  return within(container).getByRole('group', { name: label });
}

describe('the generated check form', () => {
  it('shows the CT unit its 12-month QC item and hides the console item from the intra-oral dental unit', async () => {
    core = freshCore();
    const { inspection } = xrayInspection(core, 'Bệnh viện Đa khoa tỉnh Sơn La', [
      { type: 'ct', serial: 'CT-001' },
      { type: 'dental_intraoral', serial: 'NK-7' },
    ]);
    await renderApp({ core, route: `#/inspections/${inspection.id}` });

    const ct = await section(/SN CT-001/);
    const dental = await section(/SN NK-7/);
    expect(within(ct).getByRole('group', { name: QC_12 })).toBeInTheDocument();
    expect(within(dental).queryByRole('group', { name: QC_12 })).toBeNull();
    expect(within(ct).getByRole('group', { name: /Vị trí bàn điều khiển/ })).toBeInTheDocument();
    expect(within(dental).queryByRole('group', { name: /Vị trí bàn điều khiển/ })).toBeNull();
    // Not every unit is intra-oral dental, so the facility needs an RSO.
    expect(screen.getByRole('group', { name: RSO_ITEM })).toBeInTheDocument();
  });

  it('asks no RSO questions of a dental clinic with intra-oral units only', async () => {
    core = freshCore();
    const { inspection } = xrayInspection(core, 'Phòng khám Nha khoa Hoàng Gia', [{ type: 'dental_intraoral', serial: 'NK-1' }]);
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    await section(/SN NK-1/);
    expect(screen.queryByRole('group', { name: RSO_ITEM })).toBeNull();
    expect(screen.queryByRole('region', { name: /Người phụ trách an toàn bức xạ/ })).toBeNull();
  });

  it('refuses pH 15 with a Vietnamese message naming the item, keeps the typed value, then saves "7,5" as 7.5', async () => {
    core = freshCore();
    const { inspection, system } = wastewaterInspection(core);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const ph = await screen.findByRole('textbox', { name: 'pH đo nhanh tại hiện trường (cửa xả)' });
    await user.type(ph, '15');
    expect(await screen.findByText('pH đo nhanh tại hiện trường (cửa xả): 15 không hợp lệ, phải ≤ 14', {}, SAVE_WAIT)).toBeInTheDocument();
    expect(ph).toHaveValue('15');
    expect(storedAnswer(core, inspection.id, 'ph_onsite', system.id)).toBeUndefined();

    await user.clear(ph);
    await user.type(ph, '7,5');
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'ph_onsite', system.id)).toBe('7.5'), SAVE_WAIT);
    expect(screen.queryByText(/15 không hợp lệ/)).toBeNull();
    expect(within(item(document.body, 'pH đo nhanh tại hiện trường (cửa xả)')).getByText('Đã lưu')).toBeInTheDocument();
  });

  it('autosaves each answer into the SQLite file, shows the conditional items and counts the progress', async () => {
    core = freshCore();
    const { inspection } = xrayInspection(core, 'Trung tâm Y tế huyện Mai Sơn', [{ type: 'general', serial: 'GX-1' }]);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const count = await screen.findByTestId('progress-count');
    const [done0, total0] = count.textContent!.split('/').map(Number) as [number, number];
    expect(done0).toBe(0);
    expect(screen.queryByRole('group', { name: 'Số giấy phép' })).toBeNull();

    const licence = item(document.body, /^Có giấy phép tiến hành công việc bức xạ/);
    await user.click(within(licence).getByText('Đạt'));
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'licence_present')).toBe('"yes"'), SAVE_WAIT);
    // "yes" opens three required follow-up items (number, expiry, renewal).
    expect(count).toHaveTextContent(`${done0 + 1}/${total0 + 3}`);

    const number = within(item(document.body, 'Số giấy phép')).getByRole('textbox');
    await user.type(number, '125/GP-SKHCN');
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'licence_number')).toBe('"125/GP-SKHCN"'), SAVE_WAIT);
    expect(count).toHaveTextContent(`${done0 + 2}/${total0 + 3}`);

    const dose = within(item(document.body, /Liều hiệu dụng cao nhất/)).getByRole('textbox');
    await user.type(dose, '0,5');
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'dose_max_annual')).toBe('0.5'), SAVE_WAIT);
    await waitFor(() => expect(screen.getByTestId('form-save-state')).toHaveTextContent(/^Đã lưu lúc \d\d:\d\d:\d\d$/), SAVE_WAIT);
  });

  it('reopening the form shows every answer exactly as saved, numbers with a decimal comma', async () => {
    core = freshCore();
    const { inspection, facility } = xrayInspection(core, 'Bệnh viện Đa khoa Mộc Châu', [{ type: 'ct', serial: 'CT-9' }]);
    const unit = must(core, 'xrayUnits.list', { facilityId: facility.id }).rows[0]!;
    const save = (itemKey: string, value: unknown, instanceKey = '', note?: string) =>
      must(core!, 'inspections.saveAnswer', { inspectionId: inspection.id, itemKey, instanceKey, value, note });
    save('licence_present', 'yes');
    save('licence_number', '88/GP-SKHCN');
    save('licence_expiry', '2026-04-30');
    save('dose_max_annual', 0.5, '', 'Theo kết quả đọc liều quý IV');
    save('unit_dose_rates', [{ cells: { point: 'Cửa phòng chụp', position: 'public_area', measured: 0.25, background: 0.1 } }], unit.id);

    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const licence = await screen.findByRole('group', { name: /^Có giấy phép tiến hành công việc bức xạ/ });
    expect(within(licence).getByRole('radio', { name: 'Đạt' })).toBeChecked();
    expect(within(item(document.body, 'Số giấy phép')).getByRole('textbox')).toHaveValue('88/GP-SKHCN');
    expect(within(item(document.body, /Ngày hết hạn giấy phép/)).getByRole('textbox')).toHaveValue('30/04/2026');
    const dose = item(document.body, /Liều hiệu dụng cao nhất/);
    expect(within(dose).getByRole('textbox', { name: /^Liều hiệu dụng cao nhất/ })).toHaveValue('0,5');
    expect(within(dose).getByRole('textbox', { name: /^Ghi chú/ })).toHaveValue('Theo kết quả đọc liều quý IV');
    const table = item(document.body, /Suất liều bức xạ tại các vị trí/);
    expect(within(table).getByRole('textbox', { name: /^Vị trí đo — Dòng 1/ })).toHaveValue('Cửa phòng chụp');
    expect(within(table).getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ })).toHaveValue('0,25');
  });

  it('accepts decimal commas in measurement-table cells and saves the rows as numbers', async () => {
    core = freshCore();
    const { inspection, facility } = xrayInspection(core, 'Bệnh viện Đa khoa Phù Yên', [{ type: 'general', serial: 'G-2' }]);
    const unit = must(core, 'xrayUnits.list', { facilityId: facility.id }).rows[0]!;
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const table = await screen.findByRole('group', { name: /Suất liều bức xạ tại các vị trí/ });
    await user.type(within(table).getByRole('textbox', { name: /^Vị trí đo — Dòng 1/ }), 'Bàn điều khiển');
    await choose(user, within(table).getByRole('combobox', { name: 'Loại vị trí — Dòng 1' }), 1);
    await user.type(within(table).getByRole('textbox', { name: /^Suất liều đo được — Dòng 1/ }), '1,5');
    await user.click(within(table).getByRole('button', { name: 'Thêm dòng' }));
    await user.type(within(table).getByRole('textbox', { name: /^Vị trí đo — Dòng 2/ }), 'Hành lang chờ');
    await user.type(within(table).getByRole('textbox', { name: /^Suất liều đo được — Dòng 2/ }), '0,3');
    await choose(user, within(table).getByRole('combobox', { name: 'Loại vị trí — Dòng 2' }), 2);
    await waitFor(() => {
      const v = storedAnswer(core!, inspection.id, 'unit_dose_rates', unit.id);
      expect(v ? JSON.parse(v) : null).toEqual([
        { cells: { point: 'Bàn điều khiển', position: 'console', measured: 1.5, background: null, unit: 'µSv/h' } },
        { cells: { point: 'Hành lang chờ', position: 'public_area', measured: 0.3, background: null, unit: 'µSv/h' } },
      ]);
    }, SAVE_WAIT);
  });

  it('"Hoàn thành và ký" lists the required items still missing and leaves the inspection open', async () => {
    core = freshCore();
    const { inspection } = xrayInspection(core, 'Bệnh viện Đa khoa Sông Mã', [{ type: 'general', serial: 'G-3' }]);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    await user.click(await screen.findByRole('button', { name: 'Hoàn thành và ký' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn thành và ký biên bản' });
    await user.click(within(dialog).getByRole('button', { name: 'Ký biên bản' }));
    const missing = await within(dialog).findByTestId('missing-items');
    expect(within(missing).getByRole('button', { name: /^Có giấy phép tiến hành công việc bức xạ/ })).toBeInTheDocument();
    await user.click(within(missing).getByRole('button', { name: 'Chữ ký trưởng đoàn kiểm tra' }));
    // The dialog closes and the cursor lands on the item to answer.
    await waitFor(() => expect(item(document.body, 'Chữ ký trưởng đoàn kiểm tra')).toContainElement(document.activeElement as HTMLElement), SAVE_WAIT);
    expect(screen.queryByRole('dialog', { name: 'Hoàn thành và ký biên bản' })).toBeNull();
    const status = core.db.prepare('SELECT status FROM inspections WHERE id = ?').get(inspection.id) as { status: string };
    expect(status.status).toBe('draft');
  });
});
