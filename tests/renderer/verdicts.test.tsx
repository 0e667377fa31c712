import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { ItemVerdicts } from '../../src-renderer/features/verdicts/ItemVerdicts';
import { SourceStatus } from '../../src-renderer/features/sources/SourceStatus';
import { consoleReading, mountWithCore, must, tempCore, xrayCheck } from './mount';

let core: Core | undefined;
afterEach(() => core?.close());

describe('verdicts that explain themselves', () => {
  it('a console dose rate of 12,5 µSv/h shows "Không đạt" against 10 µSv/h, with the citation and the pack', async () => {
    core = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12.5);
    const user = userEvent.setup();
    await mountWithCore(<ItemVerdicts inspectionId={id} itemKey="unit_dose_rates" instanceKey={unitId} />, { core });

    const line = await screen.findByTestId('verdict-line');
    expect(within(line).getByText('Không đạt')).toBeInTheDocument();
    expect(line).toHaveTextContent('12,5 µSv/h > 10 µSv/h');
    await user.click(within(line).getByRole('button', { name: 'Giải thích' }));
    const explanation = await within(line).findByTestId('verdict-explanation');
    expect(explanation).toHaveTextContent('≤ 10 µSv/h');
    expect(explanation).toHaveTextContent('Thông tư liên tịch số 13/2014/TTLT-BKHCN-BYT');
    expect(explanation).toHaveTextContent('radiation-xray-142-2020 1.0.0');
  });

  it('shows one verdict per judged row of the table, in English with decimal points when English is chosen', async () => {
    core = tempCore();
    const { id, unitId } = xrayCheck(core);
    must(core, 'inspections.saveAnswer', {
      inspectionId: id,
      itemKey: 'unit_dose_rates',
      instanceKey: unitId,
      value: [
        { cells: { point: 'Bàn điều khiển', position: 'console', measured: 2.5 } },
        { cells: { point: 'Cửa phòng chờ', position: 'public_area', measured: 0.8 } },
      ],
    });
    await mountWithCore(<ItemVerdicts inspectionId={id} itemKey="unit_dose_rates" instanceKey={unitId} />, { core, language: 'en' });
    const lines = await screen.findAllByTestId('verdict-line');
    expect(lines).toHaveLength(2);
    expect(within(lines[0]!).getByText('Pass')).toBeInTheDocument();
    expect(lines[0]).toHaveTextContent('2.5 µSv/h ≤ 10 µSv/h');
    expect(within(lines[1]!).getByText('Fail')).toBeInTheDocument();
    expect(lines[1]).toHaveTextContent('Cửa phòng chờ');
    expect(lines[1]).toHaveTextContent('0.8 µSv/h > 0.5 µSv/h');
  });

  it('shows the new verdict after the check form invalidates the inspection verdicts', async () => {
    core = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    const { queryClient } = await mountWithCore(<ItemVerdicts inspectionId={id} itemKey="unit_dose_rates" instanceKey={unitId} />, { core });
    expect(await screen.findByText('Không đạt')).toBeInTheDocument();
    consoleReading(core, id, unitId, 4);
    await queryClient.invalidateQueries({ queryKey: ['verdicts', id] });
    expect(await screen.findByText('Đạt')).toBeInTheDocument();
    expect(screen.queryByText('Không đạt')).toBeNull();
  });

  it('a COD result judged by QCVN 40:2025, whose figures the shipped pack lacks, reads "Thiếu dữ liệu quy chuẩn", never a guess', async () => {
    core = tempCore();
    const facilityId = must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa Mường La', kind: 'hospital', provinceCode: 'son-la', beds: 120, operatingSince: '2025-10-01' }).id;
    const systemId = must(core, 'wastewaterSystems.create', { facilityId, technology: 'AAO', commissionedOn: '2025-10-01' }).id;
    const id = must(core, 'inspections.create', { facilityId, kind: 'wastewater', templateId: 'wastewater-hospital', startedAt: '2025-11-20T08:30' }).id;
    must(core, 'inspections.saveAnswer', { inspectionId: id, itemKey: 'receiving_water', value: 'column_b' });
    must(core, 'inspections.saveAnswer', { inspectionId: id, itemKey: 'lab_results', instanceKey: systemId, value: [{ row: 'cod', cells: { value: '80' } }] });
    await mountWithCore(<ItemVerdicts inspectionId={id} itemKey="lab_results" instanceKey={systemId} />, { core });
    const line = await screen.findByTestId('verdict-line');
    expect(within(line).getByText('Thiếu dữ liệu quy chuẩn')).toBeInTheDocument();
    expect(within(line).getByText('Chưa xác minh')).toBeInTheDocument();
    expect(line).toHaveTextContent('QCVN 40:2025/BTNMT');
    // In words, with the way to fix it: no raw rule key.
    expect(line).toHaveTextContent('chưa có cột áp dụng (A hay B) khi nước thải xả vào nguồn nước không dùng cho mục đích cấp nước sinh hoạt');
    expect(line).not.toHaveTextContent('wastewater.receiving_water');
    expect(within(line).getByRole('link', { name: 'Mở màn hình Quy chuẩn để điền hoặc nhập giá trị' })).toHaveAttribute('href', '#/rules');
  });

  it("shows a Cs-137 source's activity today in Bq and Ci with its IAEA category", async () => {
    core = tempCore();
    must(core, 'demo.seed', {});
    const source = core.db.prepare("SELECT id FROM sealed_sources WHERE nuclide = 'Cs-137' AND deleted_at IS NULL").get() as { id: string };
    await mountWithCore(<SourceStatus sourceId={source.id} />, { core });
    const status = await screen.findByTestId('source-status');
    expect(within(status).getByText('Nhóm 5 (IAEA)')).toBeInTheDocument();
    await waitFor(() => expect(status).toHaveTextContent(/\d+,\d+ MBq \(\d+(,\d+)? µCi\)/));
    expect(status).toHaveTextContent('A = A0 · 2^(−t/T½)');
  });
});
