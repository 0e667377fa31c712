import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { freshCore, must, storedAnswer } from './inspection-seed';

let core: Core | undefined;
afterEach(() => core?.close());
const SAVE_WAIT = { timeout: 3000 };

/** A clinic whose register knows its licence, its RSO and its unit's last QC. */
function registeredClinic(c: Core) {
  const facility = must(c, 'facilities.create', { name: 'Phòng khám Đa khoa Thảo Nguyên', kind: 'clinic', provinceCode: 'son-la' });
  const unit = must(c, 'xrayUnits.create', { facilityId: facility.id, type: 'general', manufacturer: 'Shimadzu', serial: 'GX-12', lastQcOn: '2025-03-14' });
  const licence = must(c, 'licences.create', { facilityId: facility.id, kind: 'giay_phep', number: '45/GP-SKHCN', expiresOn: '2026-05-02', units: [{ entity: 'xray_unit', id: unit.id }] });
  must(c, 'workers.create', { facilityId: facility.id, name: 'Lò Văn Tuấn', role: 'radiographer', isRso: true });
  const inspection = must(c, 'inspections.create', { facilityId: facility.id, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '31/QĐ-SKHCN', startedAt: '2025-11-20T08:30' });
  return { facility, unit, licence, inspection };
}

const item = (name: string | RegExp) => screen.getByRole('group', { name });

describe('the check form prefilled from the register', () => {
  it('shows the register’s values with their source, counts them as answered, and saves one when confirmed', async () => {
    core = freshCore();
    const { inspection } = registeredClinic(core);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });

    const number = await screen.findByRole('group', { name: 'Số giấy phép' });
    expect(within(number).getByRole('textbox')).toHaveValue('45/GP-SKHCN');
    expect(within(number).getByTestId('prefill-line')).toHaveTextContent('Từ sổ đăng ký: Giấy phép số 45/GP-SKHCN — số giấy phép — chưa xác nhận');
    expect(within(item(/^Ngày hết hạn giấy phép/)).getByRole('textbox')).toHaveValue('02/05/2026');
    expect(within(item(/^Có người phụ trách an toàn/)).getByRole('radio', { name: 'Đạt' })).toBeChecked();
    expect(within(item('Họ tên người phụ trách an toàn')).getByRole('textbox')).toHaveValue('Lò Văn Tuấn');
    expect(within(item('Ngày kiểm định gần nhất')).getByRole('textbox')).toHaveValue('14/03/2025');
    // Answered from the register: the progress counts them though nothing is stored yet.
    const progress = must(core, 'inspections.progress', { id: inspection.id });
    expect(screen.getByTestId('progress-count')).toHaveTextContent(`${progress.requiredAnswered}/${progress.required}`);
    expect(progress.requiredAnswered).toBeGreaterThanOrEqual(5);
    expect(storedAnswer(core, inspection.id, 'licence_number')).toBeUndefined();

    await user.click(within(number).getByRole('button', { name: 'Xác nhận giá trị từ sổ đăng ký: Số giấy phép' }));
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'licence_number')).toBe('"45/GP-SKHCN"'), SAVE_WAIT);
    await waitFor(() => expect(within(number).getByTestId('prefill-line')).toHaveTextContent('Đã xác nhận, khớp sổ đăng ký'));
  });

  it('a corrected QC date says what the register holds and is written back to the register on request', async () => {
    core = freshCore();
    const { inspection, unit } = registeredClinic(core);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}`, language: 'en' });
    const qc = await screen.findByRole('group', { name: 'Date of the last verification' });
    expect(within(qc).getByTestId('prefill-line')).toHaveTextContent(/^From the register: General radiography Shimadzu \(SN GX-12\) — last QC — not confirmed yet/);
    const field = within(qc).getByRole('textbox');
    await user.clear(field);
    await user.type(field, '30/09/2025');
    await user.tab();
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'unit_qc_date', unit.id)).toBe('"2025-09-30"'), SAVE_WAIT);
    const line = within(qc).getByTestId('prefill-line');
    await waitFor(() => expect(line).toHaveTextContent('Corrected; the register says: 14/03/2025'));
    expect(must(core, 'xrayUnits.get', { id: unit.id }).lastQcOn).toBe('2025-03-14');

    await user.click(within(qc).getByRole('button', { name: 'Write to the register the corrected value of: Date of the last verification' }));
    await waitFor(() => expect(must(core!, 'xrayUnits.get', { id: unit.id }).lastQcOn).toBe('2025-09-30'));
    await waitFor(() => expect(within(qc).getByTestId('prefill-line')).toHaveTextContent('Confirmed, matches the register'));
  });
});
