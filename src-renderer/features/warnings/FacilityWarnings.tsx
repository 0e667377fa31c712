import { Alert, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { groupByKind } from './order';
import { useWarnings } from './queries';
import { WarningList } from './WarningList';
import { WARNING_ROW_HEIGHT } from './WarningRow';

/** The warnings of one facility, for its page; nothing to warn about says so in one line. */
export function FacilityWarnings({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation('warnings');
  const warnings = useWarnings(facilityId);
  const rows = useMemo(() => groupByKind(warnings.data ?? []), [warnings.data]);
  return (
    <Stack gap="xs" data-testid="facility-warnings">
      <Title order={2} size="h4">{t('title')}</Title>
      {warnings.isError ? (
        <Alert color="red">{errorMessage(warnings.error)}</Alert>
      ) : !warnings.data ? (
        <Center h={60}>
          <Loader size="sm" />
        </Center>
      ) : rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('facilityEmpty')}
        </Text>
      ) : (
        <Paper withBorder style={{ overflow: 'hidden' }}>
          <WarningList
            rows={rows}
            listKey={`${facilityId}-${warnings.dataUpdatedAt}`}
            height={Math.min(rows.length, 6) * WARNING_ROW_HEIGHT + 2}
            empty={t('facilityEmpty')}
            showFacility={false}
          />
        </Paper>
      )}
    </Stack>
  );
}
