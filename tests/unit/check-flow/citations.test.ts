import { describe, expect, it } from 'vitest';
import { ok, tempCore } from '../inspections/helpers';

describe('the citations a user reads name the document, the doubt stays in the data', () => {
  it('no item of any shipped form shows "(cần kiểm tra …)"; an unverified citation keeps its doubt in `check`', () => {
    const { core } = tempCore();
    const { templates, problems } = ok(core.call('templates.list', {}));
    expect(problems).toEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(4);
    const items = templates.flatMap((t) => ok(core.call('templates.get', { id: t.id })).sections.flatMap((s) => s.items));
    expect(items.filter((i) => /cần kiểm tra|\(check\)/i.test(i.citation.vi)).map((i) => i.key)).toEqual([]);
    const doubted = items.filter((i) => (i.citation as { check?: string }).check);
    expect(doubted.length).toBeGreaterThan(0);
    expect(doubted.find((i) => i.key === 'sig_truong_doan')?.citation).toEqual({ vi: 'Luật Thanh tra 84/2025/QH15', check: 'Chưa đối chiếu điều khoản về biên bản kiểm tra' });
  });
});
