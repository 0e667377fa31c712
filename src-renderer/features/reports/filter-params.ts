import dayjs from 'dayjs';
import { INSPECTION_KINDS, type InspectionKind } from '../../../src-shared/checklists/schema';
import type { ReportFilter } from '../../../src-shared/schemas/report';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's filter lives in the address (#/dashboard?from=…&to=…), so a bar's list can lead back to it. */
export function filterFromParams(p: URLSearchParams, today = dayjs()): ReportFilter {
  const from = p.get('from');
  const to = p.get('to');
  const kind = p.get('kind');
  return {
    from: from && ISO.test(from) ? from : today.startOf('year').format('YYYY-MM-DD'),
    to: to && ISO.test(to) ? to : today.endOf('year').format('YYYY-MM-DD'),
    commune: p.get('commune') || null,
    kind: kind && (INSPECTION_KINDS as readonly string[]).includes(kind) ? (kind as InspectionKind) : null,
    team: p.get('team') || null,
  };
}

export function paramsOf(filter: ReportFilter, extra: Record<string, string | null | undefined> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v) p.set(k, String(v));
  return p;
}

/** The dashboard a bar's list came from: its address less the bar's own dimension. */
export function dashboardHref(p: URLSearchParams): string {
  const back = new URLSearchParams(p);
  for (const key of (p.get('drill') ?? '').split(',')) if (key) back.delete(key);
  back.delete('drill');
  back.delete('month');
  back.delete('result');
  return `#/dashboard?${back.toString()}`;
}

/** Quick periods a supervisor reports on: this year, last year, the first half-year, the last full quarter. */
export function presetPeriods(today = dayjs()): { key: 'thisYear' | 'lastYear' | 'firstHalf' | 'lastQuarter'; from: string; to: string }[] {
  const y = today.year();
  const q = Math.floor(today.month() / 3);
  const lastQ = q === 0 ? { y: y - 1, q: 3 } : { y, q: q - 1 };
  const qStart = dayjs(new Date(Date.UTC(lastQ.y, lastQ.q * 3, 1)));
  const f = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  return [
    { key: 'thisYear', from: `${y}-01-01`, to: `${y}-12-31` },
    { key: 'lastYear', from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
    { key: 'firstHalf', from: `${y}-01-01`, to: `${y}-06-30` },
    { key: 'lastQuarter', from: f(qStart), to: f(qStart.add(2, 'month').endOf('month')) },
  ];
}
