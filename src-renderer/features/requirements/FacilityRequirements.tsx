import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FILTER, RequirementFilters, type RequirementFilter } from './RequirementFilters';
import { RequirementList } from './RequirementList';
import { REQUIREMENT_ROW_HEIGHT } from './RequirementRow';

/** The requirements of one facility (open ones first shown), for its page. */
export function FacilityRequirements({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation('findings');
  const [filter, setFilter] = useState<RequirementFilter>({ ...DEFAULT_FILTER, status: [] });
  const [total, setTotal] = useState<number | null>(null);
  return (
    <Stack gap="xs" data-testid="facility-requirements">
      <Group gap="xs">
        <Title order={2} size="h4">{t('requirements.title')}</Title>
        {total !== null && <Badge variant="light">{total}</Badge>}
      </Group>
      <RequirementFilters value={filter} onChange={setFilter} />
      <Paper withBorder style={{ overflow: 'hidden' }}>
        <RequirementList facilityId={facilityId} filter={filter} height={Math.max(1, Math.min(total ?? 1, 6)) * REQUIREMENT_ROW_HEIGHT + 2} empty={t('page.facilityEmpty')} onTotal={setTotal} />
      </Paper>
    </Stack>
  );
}
