import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedInspection } from '../../../bench/generate-inspections';
import type { DashboardData, ReportFilter } from '../../../src-shared/schemas/report';
import { ok, reportWorld, type ReportWorld } from './support';

let world: ReportWorld;
beforeAll(() => {
  world = reportWorld();
});
afterAll(() => world.core.close());

const TODAY = '2026-12-02';

/** The figures counted the plain way, row by row in the test, from what the generator wrote. */
function plainCounts(all: GeneratedInspection[], filter: ReportFilter) {
  const sel = all.filter(
    (i) => i.status !== 'cancelled' && i.date >= filter.from && i.date <= filter.to && (!filter.commune || i.commune === filter.commune) && (!filter.kind || i.kind === filter.kind) && (!filter.team || i.team.includes(filter.team)),
  );
  const resultOf = (i: GeneratedInspection) => (i.status === 'draft' || i.status === 'in_progress' ? 'unfinished' : i.findings.some((f) => f.status === 'open') ? 'fail' : 'pass');
  const tally = (xs: GeneratedInspection[]) => ({ total: xs.length, pass: xs.filter((x) => resultOf(x) === 'pass').length, fail: xs.filter((x) => resultOf(x) === 'fail').length, unfinished: xs.filter((x) => resultOf(x) === 'unfinished').length });
  const finished = sel.filter((i) => resultOf(i) !== 'unfinished');
  const latest = new Map<string, GeneratedInspection>();
  for (const i of finished) {
    const prev = latest.get(i.facilityId);
    if (!prev || i.date > prev.date || (i.date === prev.date && i.id > prev.id)) latest.set(i.facilityId, i);
  }
  const open = sel.flatMap((i) => i.findings.filter((f) => f.status === 'open'));
  const reqs = sel.flatMap((i) => i.requirements);
  const byRule = new Map<string | null, number>();
  for (const f of open) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const measured = new Map<string, number>();
  for (const i of sel) for (const p of i.measured) measured.set(p === 'coliforms' ? 'total_coliforms' : p, (measured.get(p) ?? 0) + 1);
  return {
    checks: tally(sel),
    byKind: Object.fromEntries(['radiation', 'wastewater', 'combined', 'follow_up'].map((k) => [k, tally(sel.filter((i) => i.kind === k))])),
    byCommune: Object.fromEntries([...new Set(sel.map((i) => i.commune ?? ''))].map((c) => [c, tally(sel.filter((i) => (i.commune ?? '') === c))])),
    byMonth: Object.fromEntries([...new Set(sel.map((i) => i.date.slice(0, 7)))].map((m) => [m, tally(sel.filter((i) => i.date.startsWith(m)))])),
    facilities: { checked: latest.size, compliant: [...latest.values()].filter((i) => resultOf(i) === 'pass').length },
    severity: Object.fromEntries(['low', 'medium', 'high', 'critical'].map((s) => [s, open.filter((f) => f.severity === s).length])),
    byRule,
    requirements: {
      open: reqs.filter((r) => r.status === 'open').length,
      overdue: reqs.filter((r) => r.status === 'open' && r.deadline !== null && r.deadline < TODAY).length,
      done: reqs.filter((r) => r.status === 'done').length,
      notDone: reqs.filter((r) => r.status === 'not_done').length,
    },
    measured,
  };
}

function expectSame(data: DashboardData, plain: ReturnType<typeof plainCounts>) {
  expect(data.checks).toEqual(plain.checks);
  for (const k of data.byKind) expect({ total: k.total, pass: k.pass, fail: k.fail, unfinished: k.unfinished }).toEqual(plain.byKind[k.kind]);
  expect(Object.fromEntries(data.byCommune.map((c) => [c.commune, { total: c.total, pass: c.pass, fail: c.fail, unfinished: c.unfinished }]))).toEqual(plain.byCommune);
  const months = Object.fromEntries(data.byMonth.filter((m) => m.total > 0).map((m) => [m.month, { total: m.total, pass: m.pass, fail: m.fail, unfinished: m.unfinished }]));
  expect(months).toEqual(plain.byMonth);
  expect(data.facilities).toEqual(plain.facilities);
  expect(Object.fromEntries(data.findingsBySeverity.map((s) => [s.severity, s.count]))).toEqual(plain.severity);
  for (const r of data.findingsByRule) expect(r.count).toBe(plain.byRule.get(r.ruleId));
  expect(data.findingsByRule.length).toBe(Math.min(10, plain.byRule.size));
  expect(data.requirements).toEqual(plain.requirements);
  for (const w of data.wastewaterOverLimit) expect(w.measured).toBe(plain.measured.get(w.parameter) ?? 0);
}

describe('the supervisor dashboard counts what the file holds', () => {
  const filters: ReportFilter[] = [
    { from: '2025-01-01', to: '2026-12-31', commune: null, kind: null, team: null },
    { from: '2026-01-01', to: '2026-06-30', commune: null, kind: null, team: null },
    { from: '2025-01-01', to: '2026-12-31', commune: 'Xã Mai Sơn', kind: null, team: null },
    { from: '2025-04-01', to: '2026-03-31', commune: null, kind: 'wastewater', team: null },
    { from: '2025-01-01', to: '2026-12-31', commune: null, kind: null, team: 'Cầm Thị Mai' },
  ];
  it.each(filters.map((f) => [`${f.from}–${f.to} ${f.commune ?? ''} ${f.kind ?? ''} ${f.team ?? ''}`, f] as const))('every figure for %s agrees with a plain count of the rows', (_, filter) => {
    const data = ok(world.core.call('reports.dashboard', filter));
    const plain = plainCounts(world.inspections, filter);
    expect(data.checks.total).toBeGreaterThan(0);
    expectSame(data, plain);
  });

  it('lists every month of the period, the empty ones too, and says an empty period is empty', () => {
    const data = ok(world.core.call('reports.dashboard', { from: '2024-01-01', to: '2024-03-31' }));
    expect(data.byMonth.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(data.checks).toEqual({ total: 0, pass: 0, fail: 0, unfinished: 0 });
    expect(data.facilities).toEqual({ checked: 0, compliant: 0 });
  });

  it('finds the workers above a limit from their recorded doses (a year over 50, a five-year average over 20, the lens)', () => {
    const data = ok(world.core.call('reports.dashboard', { from: '2026-01-01', to: '2026-12-31' }));
    // Plain count: sum each worker's effective dose per year 2022–2026 from the raw rows.
    const rows = world.core.db.prepare('SELECT worker_id, year, hp10_msv, lens_msv FROM dose_records WHERE deleted_at IS NULL AND year >= 2022').all() as { worker_id: string; year: number; hp10_msv: number | null; lens_msv: number | null }[];
    const perWorker = new Map<string, Map<number, { e: number; lens: number }>>();
    for (const r of rows) {
      const years = perWorker.get(r.worker_id) ?? new Map<number, { e: number; lens: number }>();
      const y = years.get(r.year) ?? { e: 0, lens: 0 };
      y.e += r.hp10_msv ?? 0;
      y.lens += r.lens_msv ?? 0;
      years.set(r.year, y);
      perWorker.set(r.worker_id, years);
    }
    const values = [...perWorker.values()].map((years) => [...years.values()]);
    const annual = values.filter((ys) => ys.some((y) => y.e > 50 || y.lens > 50)).length;
    const average = values.filter((ys) => ys.reduce((s, y) => s + y.e, 0) / 5 > 20).length;
    expect(annual).toBe(2);
    expect(average).toBe(1);
    expect(data.register.workersOverAnnualLimit).toBe(annual);
    expect(data.register.workersOverFiveYearAverage).toBe(average);
    expect(data.register.workers).toBe((world.core.db.prepare('SELECT COUNT(*) AS n FROM workers WHERE deleted_at IS NULL').get() as { n: number }).n);
    // The shipped pack sets no investigation level: the figure says so (null), it is not invented.
    expect(data.register.workersOverInvestigation).toBeNull();
  });

  it('counts X-ray units in use and those whose verification is overdue by the pack interval (12 months CT/fluoroscopy, 24 others)', () => {
    const data = ok(world.core.call('reports.dashboard', { from: '2026-01-01', to: '2026-12-31' }));
    const units = world.core.db.prepare("SELECT unit_type, last_qc_on FROM xray_units WHERE deleted_at IS NULL AND status = 'in_use'").all() as { unit_type: string; last_qc_on: string | null }[];
    const months = (t: string) => (['ct', 'fluoroscopy', 'c_arm', 'angiography'].includes(t) ? 12 : 24);
    const overdue = units.filter((u) => {
      if (!u.last_qc_on) return false;
      const d = new Date(`${u.last_qc_on}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months(u.unit_type));
      return d.toISOString().slice(0, 10) < TODAY;
    }).length;
    expect(data.register.xrayUnitsInUse).toBe(units.length);
    expect(data.register.xrayQcOverdue).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
  });

  it('opens the checks behind a bar: the list has exactly the checks the bar counts', () => {
    const filter = { from: '2025-01-01', to: '2026-12-31' };
    const data = ok(world.core.call('reports.dashboard', filter));
    for (const k of data.byKind) {
      const page = ok(world.core.call('reports.checks', { ...filter, kind: k.kind, limit: 500 }));
      expect(page.total).toBe(k.total);
      expect(page.rows.every((r) => r.kind === k.kind)).toBe(true);
      expect(ok(world.core.call('reports.checks', { ...filter, kind: k.kind, result: 'fail', limit: 500 })).total).toBe(k.fail);
    }
    const month = data.byMonth.find((m) => m.total > 0)!;
    const inMonth = ok(world.core.call('reports.checks', { ...filter, month: month.month, limit: 500 }));
    expect(inMonth.total).toBe(month.total);
    expect(inMonth.rows.every((r) => r.date?.startsWith(month.month))).toBe(true);
  });

  it('refuses a period that ends before it starts, naming the field', () => {
    const r = world.core.call('reports.dashboard', { from: '2026-06-30', to: '2026-01-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(JSON.stringify(r.error.issues)).toContain('to');
  });
});
