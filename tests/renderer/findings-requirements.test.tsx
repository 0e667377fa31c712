import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { layoutForVirtualLists, must, tempCore } from './mount';

let core: Core | undefined;
let undoLayout: () => void = () => {};
beforeEach(() => {
  undoLayout = layoutForVirtualLists();
});
afterEach(() => {
  core?.close();
  undoLayout();
});

describe('the corrective-actions page', () => {
  it('lists open requirements earliest deadline first, the overdue one in red, and narrows to overdue only', async () => {
    core = tempCore();
    const facilityId = must(core, 'facilities.create', { name: 'Bệnh viện Đa khoa Phù Yên', kind: 'hospital', provinceCode: 'son-la' }).id;
    const inspectionId = must(core, 'inspections.create', { facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '9/QĐ-SKHCN', startedAt: '2025-03-01T08:00' }).id;
    must(core, 'requirements.create', { inspectionId, text: 'Kiểm định lại máy CT', deadline: '2099-06-30' });
    must(core, 'requirements.create', { inspectionId, text: 'Đo kiểm xạ khu vực phòng chụp', deadline: '2025-04-01' });
    const user = userEvent.setup();
    await renderApp({ core, route: '#/requirements' });

    expect(await screen.findByRole('heading', { name: 'Yêu cầu khắc phục' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('requirement-row')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('requirement-row');
    expect(first).toHaveTextContent('Đo kiểm xạ khu vực phòng chụp');
    expect(first).toHaveAttribute('data-overdue', 'true');
    expect(within(first!).getByText(/^Quá hạn \d+ ngày$/)).toBeInTheDocument();
    expect(first).toHaveTextContent('Hạn 01/04/2025');
    expect(second).toHaveTextContent('Kiểm định lại máy CT');
    expect(second).not.toHaveAttribute('data-overdue');
    expect(within(first!).getByRole('link', { name: 'Bệnh viện Đa khoa Phù Yên' })).toHaveAttribute('href', `#/facilities/${facilityId}`);

    await user.click(screen.getByRole('switch', { name: 'Chỉ quá hạn' }));
    await waitFor(() => expect(screen.getAllByTestId('requirement-row')).toHaveLength(1));
    expect(screen.getByTestId('requirement-row')).toHaveTextContent('Đo kiểm xạ khu vực phòng chụp');
  });
});
