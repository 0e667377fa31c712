import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { FINDING_SEVERITY_LABELS } from '../../../src-shared/schemas/finding';
import type { DashboardData } from '../../../src-shared/schemas/report';
import { useUiStore } from '../../store/ui';
import { FigurePanel } from './FigurePanel';
import { formatCount } from './format';

/** Open findings by severity and by rule, wastewater parameters over the limit, sources by category. */
export function FindingCharts(props: { data: DashboardData }) {
  const { t } = useTranslation('reports');
  const language = useUiStore((s) => s.language);
  const { data } = props;
  const severities = data.findingsBySeverity.map((s) => ({ label: FINDING_SEVERITY_LABELS[s.severity][language], count: s.count }));
  const rules = data.findingsByRule.map((r) => ({ label: r.ruleId ? (language === 'en' ? r.titleEn : r.title) || r.ruleId : t('manual'), count: r.count, key: r.ruleId ?? 'manual' }));
  // The chart's axis shows a short label; the table beside it has the whole title.
  const shortRules = rules.map((r) => ({ ...r, label: r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label }));
  const water = data.wastewaterOverLimit.map((w) => ({ label: w.label[language], over: w.over, measured: w.measured }));
  const sources = data.register.sourcesByCategory.map((c) => ({ label: c.category === null ? t('categoryUnknown') : t('category', { n: c.category }), count: c.count }));
  const countSeries = [{ name: 'count', label: t('columns.count'), color: 'blue.8' }];
  return (
    <>
      <FigurePanel
        testId="chart-severity"
        title={t('charts.severity')}
        empty={severities.every((s) => s.count === 0)}
        chart={<BarChart h={200} data={severities} dataKey="label" valueFormatter={(v) => formatCount(v)} xAxisProps={{ interval: 0 }} series={countSeries} />}
        headers={[t('columns.severity'), t('columns.count')]}
        rows={severities.map((s) => ({ key: s.label, label: s.label, values: [formatCount(s.count)] }))}
      />
      <FigurePanel
        testId="chart-rules"
        title={t('charts.rules')}
        empty={rules.length === 0}
        chart={<BarChart h={rules.length * 34 + 60} data={shortRules} dataKey="label" orientation="vertical" yAxisProps={{ width: 220 }} valueFormatter={(v) => formatCount(v)} xAxisProps={{ interval: 0 }} series={countSeries} />}
        headers={[t('columns.rule'), t('columns.count')]}
        rows={rules.map((r) => ({ key: r.key, label: r.label, values: [formatCount(r.count)] }))}
      />
      <FigurePanel
        testId="chart-wastewater"
        title={t('charts.wastewater')}
        empty={water.length === 0}
        chart={
          <BarChart
            h={240}
            data={water}
            dataKey="label"
            withLegend
            valueFormatter={(v) => formatCount(v)}
            series={[
              { name: 'over', label: t('columns.over'), color: 'red.8' },
              { name: 'measured', label: t('columns.measured'), color: 'gray.6' },
            ]}
          />
        }
        headers={[t('columns.parameter'), t('columns.over'), t('columns.measured')]}
        rows={water.map((w) => ({ key: w.label, label: w.label, values: [formatCount(w.over), formatCount(w.measured)] }))}
      />
      <FigurePanel
        testId="chart-sources"
        title={t('charts.sources')}
        empty={sources.every((s) => s.count === 0)}
        chart={<BarChart h={200} data={sources} dataKey="label" valueFormatter={(v) => formatCount(v)} xAxisProps={{ interval: 0 }} series={countSeries} />}
        headers={[t('columns.category'), t('columns.count')]}
        rows={sources.map((s) => ({ key: s.label, label: s.label, values: [formatCount(s.count)] }))}
      />
    </>
  );
}
