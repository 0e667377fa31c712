import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CHECK_RESULTS, type CheckResult, type ReportCheckRow } from '../../../src-shared/schemas/report';
import { INSPECTION_KIND_WORDS } from '../../../src-shared/reports/labels';
import { api } from '../../api/client';
import { LinkRow } from '../../components/LinkRow';
import { VirtualList } from '../../components/VirtualList';
import { formatDate } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { dashboardHref, filterFromParams } from './filter-params';
import { RESULT_COLORS } from './ResultCharts';

function selectionOf(params: URLSearchParams) {
  const month = params.get('month');
  const result = params.get('result');
  return {
    filter: filterFromParams(params),
    month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
    result: result && (CHECK_RESULTS as readonly string[]).includes(result) ? (result as CheckResult) : undefined,
  };
}

/** Route /dashboard/checks — the checks one figure of the dashboard counts (a kind, a commune, a month, a result). */
export function ReportChecksPage() {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation('common');
  const language = useUiStore((s) => s.language);
  const [params] = useSearchParams();
  const address = params.toString();
  // The selection is read from the address once per address, so the list refetches only when it changes.
  const { filter, month, result } = useMemo(() => selectionOf(new URLSearchParams(address)), [address]);
  const [total, setTotal] = useState<number | null>(null);
  const fetchPage = useCallback((offset: number, limit: number) => api('reports.checks', { ...filter, month, result, offset, limit }), [filter, month, result]);
  const what = [
    `${formatDate(filter.from)} – ${formatDate(filter.to)}`,
    filter.commune,
    filter.kind && INSPECTION_KIND_WORDS[filter.kind][language],
    filter.team,
    month && t('checks.month', { month: `${month.slice(5, 7)}/${month.slice(0, 4)}` }),
    result && t(`results.${result}`),
  ].filter(Boolean);

  return (
    <Stack h="100%" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={1} size="h2">
            {t('checks.title')}
          </Title>
          {total !== null && <Badge variant="light">{tc('list.count', { count: total })}</Badge>}
        </Group>
        <Anchor href={dashboardHref(new URLSearchParams(address))}>{t('checks.back')}</Anchor>
      </Group>
      <Text>{what.join(' · ')}</Text>
      <Paper withBorder style={{ flex: 1, minHeight: 300, overflow: 'hidden' }}>
        <VirtualList<ReportCheckRow>
          label={t('checks.title')}
          queryKey={`report-checks:${address}`}
          fetchPage={fetchPage}
          onTotal={setTotal}
          rowKey={(r) => r.id}
          rowHeight={60}
          height="calc(100vh - 230px)"
          empty={<Text>{t('empty')}</Text>}
          renderRow={(r) => (
            <LinkRow
              href={`#/inspections/${r.id}`}
              testId="report-check-row"
              title={r.facilityName}
              subtitle={[formatDate(r.date), r.commune, INSPECTION_KIND_WORDS[r.kind][language], r.decisionNumber].filter(Boolean).join(' · ')}
              // The palette's own light badge (its text shade meets 4.5:1); the chart's darker shade does not on its tint.
              aside={
                <Badge color={RESULT_COLORS[r.result].split('.')[0]} variant="light">
                  {t(`results.${r.result}`)}
                  {r.openFindings > 0 ? ` (${r.openFindings})` : ''}
                </Badge>
              }
            />
          )}
        />
      </Paper>
    </Stack>
  );
}
