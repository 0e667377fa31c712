import { Badge, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FILTER, RequirementFilters, type RequirementFilter } from './RequirementFilters';
import { RequirementList } from './RequirementList';
import { PageTitle } from '../../components/PageTitle';

/** Route /requirements — every facility's kiến nghị, yêu cầu khắc phục, by deadline, overdue in red. */
export function RequirementsPage() {
  const { t } = useTranslation('findings');
  const { t: tc } = useTranslation('common');
  const [filter, setFilter] = useState<RequirementFilter>(DEFAULT_FILTER);
  const [total, setTotal] = useState<number | null>(null);
  return (
    <Stack h="100%" gap="sm">
      <Group gap="xs">
        <PageTitle>{t('page.title')}</PageTitle>
        {total !== null && <Badge variant="light">{tc('list.count', { count: total })}</Badge>}
      </Group>
      <RequirementFilters value={filter} onChange={setFilter} />
      <Paper withBorder style={{ flex: 1, minHeight: 300, overflow: 'hidden' }}>
        <RequirementList filter={filter} height="calc(100vh - 230px)" empty={t('page.empty')} onTotal={setTotal} />
      </Paper>
    </Stack>
  );
}
