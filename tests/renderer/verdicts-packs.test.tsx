import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { renderApp } from './harness';
import { tempCore } from './mount';
import { IMPORT_REASON, SUPERVISOR_LABEL, signedBySupervisor, trustSupervisor } from '../unit/rules/signing';

let core: Core | undefined;
afterEach(() => core?.close());

const count = (sql: string) => (core!.db.prepare(sql).get() as { n: number }).n;

function shippedPack(): Record<string, unknown> & { version: string; rules: { parameters: Record<string, { verified: unknown }> }[] } {
  return JSON.parse(fs.readFileSync(path.resolve('resources/rules/qcvn-28-2010-btnmt.json'), 'utf8'));
}

describe('the rule-pack page', () => {
  it('lists the shipped packs with their version, dates and unverified marks', async () => {
    core = tempCore();
    await renderApp({ core, route: '#/rules' });
    const row = (await screen.findByText('qcvn-40-2025-btnmt')).closest('tr')!;
    expect(within(row).getByText('0.1.0')).toBeInTheDocument();
    expect(within(row).getByText('từ 01/09/2025')).toBeInTheDocument();
    expect(within(row).getByText(/giá trị chưa điền$/)).toBeInTheDocument();
    const qcvn28 = screen.getByText('qcvn-28-2010-btnmt').closest('tr')!;
    expect(within(qcvn28).getByText('01/03/2011 – 31/12/2031')).toBeInTheDocument();
    expect(within(qcvn28).getByText('Ngày hiệu lực chưa xác minh')).toBeInTheDocument();
  });

  it('refuses an invalid pack naming the field, and writes nothing', async () => {
    core = tempCore();
    trustSupervisor(core);
    const pack = shippedPack();
    pack.version = '1.1.0';
    pack.rules[0]!.parameters['domestic_supply']!.verified = 'có';
    const user = userEvent.setup();
    const { container } = await renderApp({ core, route: '#/rules' });
    await screen.findByText('qcvn-28-2010-btnmt');
    // Counted once the app is open (opening it creates the inspector's profile, audited).
    const auditBefore = count('SELECT count(*) AS n FROM audit_log');
    await user.type(screen.getByRole('textbox', { name: /Lý do nhập gói/ }), IMPORT_REASON);

    // Signed by the trusted supervisor: the signature is good, the content is not.
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([signedBySupervisor(pack)], 'qcvn-28-sua.json', { type: 'application/json' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không nhập được gói quy chuẩn');
    expect(within(alert).getByText('rules.0.parameters.domestic_supply.verified')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Mỗi giá trị phải ghi rõ verified: true/false');
    expect(count('SELECT count(*) AS n FROM rule_packs')).toBe(0);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(auditBefore);
  });

  it('imports a valid new version, which is then the one in use', async () => {
    core = tempCore();
    trustSupervisor(core);
    const pack = shippedPack();
    pack.version = '1.1.0';
    const user = userEvent.setup();
    const { container } = await renderApp({ core, route: '#/rules' });
    await screen.findByText('qcvn-28-2010-btnmt');
    await user.type(screen.getByRole('textbox', { name: /Lý do nhập gói/ }), IMPORT_REASON);
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([signedBySupervisor(pack)], 'qcvn-28-1.1.0.json', { type: 'application/json' }));

    const row = (await screen.findByText('1.1.0')).closest('tr')!;
    expect(within(row).getByText('Đã nhập')).toBeInTheDocument();
    expect(within(row).getByText('Đang dùng')).toBeInTheDocument();
    await waitFor(() => expect(count("SELECT count(*) AS n FROM rule_packs WHERE id = 'qcvn-28-2010-btnmt' AND version = '1.1.0'")).toBe(1));
    expect(core.db.prepare('SELECT reason FROM rule_packs').get()).toEqual({ reason: IMPORT_REASON });
  });

  it('refuses an unsigned pack, saying so, and lists the trusted keys', async () => {
    core = tempCore();
    trustSupervisor(core);
    const pack = shippedPack();
    delete pack.signature;
    pack.version = '1.1.0';
    const user = userEvent.setup();
    const { container } = await renderApp({ core, route: '#/rules' });
    const keys = await screen.findByRole('table', { name: 'Các khoá tin cậy' });
    expect(await within(keys).findByText(SUPERVISOR_LABEL)).toBeInTheDocument();
    expect(within(keys).getByText('Khoá phát hành (có sẵn)')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Lý do nhập gói/ }), IMPORT_REASON);
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([JSON.stringify(pack)], 'qcvn-28-1.1.0.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('gói chưa được ký'))).toBe(true));
    expect(count('SELECT count(*) AS n FROM rule_packs')).toBe(0);
  });
});
