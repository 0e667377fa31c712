import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { FindingsPanel } from '../../src-renderer/features/findings/FindingsPanel';
import { FollowUpPanel } from '../../src-renderer/features/findings/FollowUpPanel';
import { consoleReading, mountWithCore, must, tempCore, xrayCheck } from './mount';

let core: Core | undefined;
afterEach(() => core?.close());

/**
 * Picks an option of a Mantine Select; its dropdown stays display:none in jsdom (no layout), hence
 * `hidden: true` (as register.test.tsx does).
 */
async function choose(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, name: string) {
  await user.click(input);
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error(`no dropdown opened for ${input.id}`);
  await user.click(within(listbox).getByRole('option', { name, hidden: true }));
}

const count = (sql: string, ...args: unknown[]) => (core!.db.prepare(sql).get(...args) as { n: number }).n;

describe('findings and requirements of an inspection', () => {
  it('an inspector writes a manual finding and a requirement with a deadline, and both land in the SQLite file', async () => {
    core = tempCore();
    const { id } = xrayCheck(core);
    const user = userEvent.setup();
    await mountWithCore(<FindingsPanel inspectionId={id} readOnly={false} />, { core });

    await user.click(await screen.findByRole('button', { name: 'Thêm phát hiện' }));
    const form = await screen.findByRole('form', { name: 'Thêm phát hiện ghi tay' });
    await user.type(within(form).getByLabelText(/Nội dung phát hiện/), 'Phòng chụp không niêm yết nội quy an toàn');
    await choose(user, within(form).getByRole('combobox', { name: /Mức độ/ }), 'Nghiêm trọng');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    const card = await screen.findByRole('article', { name: 'Phòng chụp không niêm yết nội quy an toàn' });
    const finding = core.db.prepare("SELECT id, severity, origin FROM findings WHERE title = 'Phòng chụp không niêm yết nội quy an toàn'").get() as { id: string; severity: string; origin: string };
    expect(finding).toMatchObject({ severity: 'high', origin: 'manual' });

    await user.click(within(card).getByRole('button', { name: 'Thêm kiến nghị' }));
    const reqForm = await screen.findByRole('form', { name: 'Thêm kiến nghị, yêu cầu khắc phục' });
    await user.type(within(reqForm).getByLabelText(/Nội dung kiến nghị/), 'Niêm yết nội quy an toàn bức xạ tại cửa phòng chụp');
    await user.type(within(reqForm).getByLabelText('Người/bộ phận thực hiện'), 'Khoa Chẩn đoán hình ảnh');
    await user.type(within(reqForm).getByLabelText('Hạn hoàn thành'), '15/01/2026');
    await user.click(within(reqForm).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(core!.db.prepare('SELECT finding_id, inspection_id, responsible, deadline, status FROM requirements').all()).toEqual([
        { finding_id: finding.id, inspection_id: id, responsible: 'Khoa Chẩn đoán hình ảnh', deadline: '2026-01-15', status: 'open' },
      ]),
    );
    expect(await within(card).findByText('Niêm yết nội quy an toàn bức xạ tại cửa phòng chụp')).toBeInTheDocument();
    expect(within(card).getByText(/Hạn 15\/01\/2026/)).toBeInTheDocument();
  });

  it('refuses a blank finding with a Vietnamese message and writes nothing', async () => {
    core = tempCore();
    const { id } = xrayCheck(core);
    const user = userEvent.setup();
    await mountWithCore(<FindingsPanel inspectionId={id} readOnly={false} />, { core });
    await user.click(await screen.findByRole('button', { name: 'Thêm phát hiện' }));
    const form = await screen.findByRole('form', { name: 'Thêm phát hiện ghi tay' });
    await user.type(within(form).getByLabelText(/Nội dung phát hiện/), '   ');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Nội dung phát hiện không được để trống')).toBeInTheDocument();
    expect(count('SELECT count(*) AS n FROM findings')).toBe(0);
  });

  it('shows the automatic finding of a failing console with its verdict; the inspector grades it and dismisses it', async () => {
    core = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    const user = userEvent.setup();
    await mountWithCore(<FindingsPanel inspectionId={id} readOnly={false} />, { core });

    const card = await screen.findByRole('article', { name: /Suất liều bức xạ tại các vị trí/ });
    expect(within(card).getByText('Tự động theo quy chuẩn')).toBeInTheDocument();
    expect(within(card).getByText('Không đạt')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Giải thích' }));
    expect(await within(card).findByTestId('verdict-explanation')).toHaveTextContent('13/2014/TTLT-BKHCN-BYT');

    await choose(user, within(card).getByRole('combobox', { name: 'Mức độ' }), 'Nghiêm trọng');
    await waitFor(() => expect(count("SELECT count(*) AS n FROM findings WHERE origin = 'rule' AND severity = 'high'")).toBe(1));

    await user.click(within(card).getByRole('button', { name: 'Bỏ qua' }));
    await waitFor(() => expect(count("SELECT count(*) AS n FROM findings WHERE origin = 'rule' AND status = 'dismissed'")).toBe(1));
    expect(await within(card).findByRole('button', { name: 'Mở lại' })).toBeInTheDocument();
  });

  it('shows a completed check read-only: no add, no dismiss', async () => {
    core = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 12);
    await mountWithCore(<FindingsPanel inspectionId={id} readOnly />, { core });
    const card = await screen.findByRole('article', { name: /Suất liều bức xạ tại các vị trí/ });
    expect(within(card).getByText('Rất nghiêm trọng')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm phát hiện' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Bỏ qua' })).toBeNull();
  });

  it('a follow-up check closes an earlier requirement as "Đã khắc phục" with a note', async () => {
    core = tempCore();
    const first = xrayCheck(core);
    const requirement = must(core, 'requirements.create', { inspectionId: first.id, text: 'Trang bị thêm áo chì cho phòng chụp', responsible: 'Phòng Hành chính', deadline: '2026-01-15' });
    const followUp = must(core, 'inspections.create', { facilityId: first.facilityId, kind: 'radiation', templateId: 'xray-diagnostic', decisionNumber: '30/QĐ-SKHCN', startedAt: '2026-02-10T08:30' });
    const user = userEvent.setup();
    await mountWithCore(<FollowUpPanel inspectionId={followUp.id} facilityId={first.facilityId} readOnly={false} />, { core });

    const row = await screen.findByRole('article', { name: 'Trang bị thêm áo chì cho phòng chụp' });
    await user.type(within(row).getByLabelText('Ghi chú kiểm tra lại'), 'Đã có 2 áo chì 0,35 mmPb');
    await user.click(within(row).getByRole('button', { name: 'Đã khắc phục' }));

    await waitFor(() =>
      expect(core!.db.prepare('SELECT status, closed_by_inspection_id, closing_note FROM requirements WHERE id = ?').get(requirement.id)).toEqual({
        status: 'done',
        closed_by_inspection_id: followUp.id,
        closing_note: 'Đã có 2 áo chì 0,35 mmPb',
      }),
    );
    const closed = await screen.findByTestId('follow-up-closed');
    expect(within(closed).getByText('Đã khắc phục')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Trang bị thêm áo chì cho phòng chụp' })).toBeNull();
  });
});
