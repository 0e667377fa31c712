import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { freshCore, must, storedAnswer, xrayInspection } from './inspection-seed';

let core: Core | undefined;
afterEach(() => core?.close());

const SAVE_WAIT = { timeout: 3000 };

/** Opens a Mantine select from the keyboard and returns its options (the listbox it controls). */
async function openOptions(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement): Promise<HTMLElement[]> {
  combobox.focus();
  await user.keyboard('{ArrowDown}');
  const id = await waitFor(() => {
    const v = combobox.getAttribute('aria-controls');
    if (!v) throw new Error('the unit list did not open');
    return v;
  });
  return within(document.getElementById(id)!).getAllByRole('option', { hidden: true });
}

function labCheck(c: Core) {
  const facility = must(c, 'facilities.create', { name: 'Bệnh viện Đa khoa Thuận Châu', kind: 'hospital', provinceCode: 'son-la', beds: '550' });
  const system = must(c, 'wastewaterSystems.create', { facilityId: facility.id, technology: 'AAO', commissionedOn: '2015-06-01', dischargeColumn: 'B' });
  const inspection = must(c, 'inspections.create', { facilityId: facility.id, kind: 'wastewater', templateId: 'wastewater-hospital', decisionNumber: '20/QĐ-SKHCN', startedAt: '2025-11-20T08:30' });
  return { system, inspection };
}

describe('the check form offers the units a value may be typed in', () => {
  it('BOD5 defaults to mg/L and offers µg/L and g/L; 60,1 µg/L is saved with its unit and judged "Đạt" after conversion', async () => {
    core = freshCore();
    const { system, inspection } = labCheck(core);
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    // The regulation in the label comes with the verdicts (the pack judging the item): on a loaded machine that takes a while.
    const table = await screen.findByRole('group', { name: /^Kết quả phân tích mẫu nước thải sau xử lý theo QCVN 28:2010\/BTNMT/ }, { timeout: 30_000 });
    const unit = within(table).getByRole('combobox', { name: 'Đơn vị — Dòng BOD5 (20 °C)' });
    expect(unit).toHaveValue('mg/L');
    // pH takes no unit: no unit picker on its row.
    expect(within(table).queryByRole('combobox', { name: 'Đơn vị — Dòng pH' })).toBeNull();
    const options = await openOptions(user, unit);
    expect(options.map((o) => o.textContent)).toEqual(['mg/L', 'µg/L', 'g/L', 'ng/L']);
    await user.click(options.find((o) => o.textContent === 'µg/L')!);
    await user.type(within(table).getByRole('textbox', { name: 'Kết quả — Dòng BOD5 (20 °C)' }), '60,1');
    await user.tab();
    await waitFor(() => {
      const v = storedAnswer(core!, inspection.id, 'lab_results', system.id);
      expect(v ? JSON.parse(v) : null).toEqual([{ row: 'bod5', cells: { value: '60,1', unit: 'µg/L', lab: null, sample_date: null } }]);
    }, SAVE_WAIT);
    const line = await within(table).findByTestId('verdict-line', {}, SAVE_WAIT);
    await waitFor(() => expect(line).toHaveTextContent('60,1 µg/L = 0,0601 mg/L ≤ Cmax = 50 mg/L'), SAVE_WAIT);
    expect(within(line).getByText('Đạt')).toBeInTheDocument();
  }, 90_000);

  it('tube leakage offers mGy/h and µGy/h next to the number', async () => {
    core = freshCore();
    const { inspection, facility } = xrayInspection(core, 'Bệnh viện Đa khoa Mộc Châu', [{ type: 'general', serial: 'G-7' }]);
    const unitId = must(core, 'xrayUnits.list', { facilityId: facility.id }).rows[0]!.id;
    const user = userEvent.setup();
    await renderApp({ core, route: `#/inspections/${inspection.id}` });
    const leak = await screen.findByRole('group', { name: /^Suất kerma rò rỉ bóng phát tia/ });
    const unit = within(leak).getByRole('combobox', { name: /^Đơn vị: Suất kerma rò rỉ/ });
    expect(unit).toHaveValue('mGy/h');
    const options = await openOptions(user, unit);
    expect(options.map((o) => o.textContent)).toEqual(['mGy/h', 'µGy/h']);
    await user.click(options[1]!);
    await user.type(within(leak).getByRole('textbox', { name: /^Suất kerma rò rỉ/ }), '800');
    await user.tab();
    await waitFor(() => expect(storedAnswer(core!, inspection.id, 'unit_tube_leakage', unitId)).toBe('{"value":800,"unit":"µGy/h"}'), SAVE_WAIT);
  }, 90_000);
});
