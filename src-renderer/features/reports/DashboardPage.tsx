import { Alert, Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { errorMessage } from '../../lib/errors';
import { ExportPanel } from './ExportPanel';
import { filterFromParams, paramsOf } from './filter-params';
import { FindingCharts } from './FindingCharts';
import { useDashboard } from './queries';
import { ReportFilterBar } from './ReportFilterBar';
import { ResultCharts } from './ResultCharts';
import { SummaryCards } from './SummaryCards';

/** Route /dashboard — "Tổng hợp": the supervisor's figures for a period and area, with charts, tables and exports. */
export function DashboardPage() {
  const { t } = useTranslation('reports');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const dashboard = useDashboard(filter);
  const setFilter = (f: ReportFilter) => setParams(paramsOf(f), { replace: true });

  return (
    <Stack gap="md" pb="xl">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <ReportFilterBar filter={filter} onChange={setFilter} />
      {dashboard.isError && (
        <Alert color="red" role="alert">
          {errorMessage(dashboard.error)}
        </Alert>
      )}
      {!dashboard.data && dashboard.isPending && (
        <Center p="xl">
          <Loader aria-label={t('export.running')} />
        </Center>
      )}
      {dashboard.data && (
        <>
          {dashboard.data.checks.total === 0 && (
            <Alert color="blue" data-testid="dashboard-empty">
              {t('empty')}
            </Alert>
          )}
          <SummaryCards data={dashboard.data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ResultCharts data={dashboard.data} filter={filter} />
            <FindingCharts data={dashboard.data} />
          </SimpleGrid>
        </>
      )}
      <ExportPanel filter={filter} />
    </Stack>
  );
}
