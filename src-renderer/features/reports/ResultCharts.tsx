import { BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { INSPECTION_KIND_WORDS } from '../../../src-shared/reports/labels';
import type { DashboardData, ReportFilter, ResultCounts } from '../../../src-shared/schemas/report';
import { useUiStore } from '../../store/ui';
import { paramsOf } from './filter-params';
import { FigurePanel, type FigureRow } from './FigurePanel';
import { formatCount } from './format';

export const RESULT_COLORS = { pass: 'teal.8', fail: 'red.8', unfinished: 'gray.6' } as const;

interface Bar extends ResultCounts {
  label: string;
  href: string;
}

/** The list behind a bar: the dashboard's filter, the bar's own dimension, and which one that was (for the way back). */
function listHref(filter: ReportFilter, extra: Record<string, string | null>): string {
  return `#/dashboard/checks?${paramsOf(filter, { ...extra, drill: Object.keys(extra).join(',') }).toString()}`;
}

/** Stacked bars by result whose click opens the checks behind the bar. */
function ResultBars(props: { data: Bar[]; horizontal?: boolean }) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  return (
    <BarChart
      h={Math.max(200, props.horizontal ? props.data.length * 34 + 60 : 220)}
      data={props.data as unknown as Record<string, unknown>[]}
      dataKey="label"
      type="stacked"
      orientation={props.horizontal ? 'vertical' : 'horizontal'}
      withLegend
      valueFormatter={(v) => formatCount(v)}
      yAxisProps={props.horizontal ? { width: 150 } : undefined}
      series={(['pass', 'fail', 'unfinished'] as const).map((k) => ({ name: k, label: t(`results.${k}`), color: RESULT_COLORS[k] }))}
      barProps={{
        cursor: 'pointer',
        onClick: (entry: { payload?: { href?: string } }) => {
          const href = entry.payload?.href;
          if (href) void navigate(href.slice(1));
        },
      }}
    />
  );
}

const resultValues = (c: ResultCounts) => [formatCount(c.total), formatCount(c.pass), formatCount(c.fail), formatCount(c.unfinished)];

/** Checks by kind, by commune (stacked by result) and by month (lines over time), each with its table. */
export function ResultCharts(props: { data: DashboardData; filter: ReportFilter }) {
  const { t } = useTranslation('reports');
  const language = useUiStore((s) => s.language);
  const { data, filter } = props;
  const headers = (first: string) => [first, t('columns.total'), t('results.pass'), t('results.fail'), t('results.unfinished')];
  const kinds: Bar[] = data.byKind.filter((k) => k.total > 0).map((k) => ({ ...k, label: INSPECTION_KIND_WORDS[k.kind][language], href: listHref(filter, { kind: k.kind }) }));
  const communes: Bar[] = data.byCommune.map((c) => ({ ...c, label: c.commune || t('noCommune'), href: listHref(filter, { commune: c.commune || null }) }));
  const months = data.byMonth.map((m) => ({ ...m, label: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`, href: listHref(filter, { month: m.month }) }));
  const rows = (bars: Bar[]): FigureRow[] => bars.map((b) => ({ key: b.label, label: b.label, values: resultValues(b), href: b.href }));
  return (
    <>
      <FigurePanel testId="chart-by-kind" title={t('charts.byKind')} empty={kinds.length === 0} chart={<ResultBars data={kinds} />} headers={headers(t('columns.kind'))} rows={rows(kinds)} />
      <FigurePanel
        testId="chart-by-commune"
        title={t('charts.byCommune')}
        empty={communes.length === 0}
        chart={<ResultBars data={communes} horizontal />}
        headers={headers(t('columns.commune'))}
        rows={rows(communes)}
      />
      <FigurePanel
        testId="chart-by-month"
        title={t('charts.byMonth')}
        empty={data.checks.total === 0}
        chart={
          <LineChart
            h={220}
            curveType="linear"
            data={months}
            dataKey="label"
            withLegend
            valueFormatter={(v) => formatCount(v)}
            series={[
              { name: 'total', label: t('columns.total'), color: 'blue.8' },
              { name: 'fail', label: t('results.fail'), color: RESULT_COLORS.fail },
            ]}
          />
        }
        headers={headers(t('columns.month'))}
        rows={months.filter((m) => m.total > 0).map((m) => ({ key: m.month, label: m.label, values: resultValues(m), href: m.href }))}
      />
    </>
  );
}
