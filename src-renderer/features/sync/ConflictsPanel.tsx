import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../src-shared/api/sync';
import { errorMessage } from '../../lib/errors';
import { useConflicts, useResolveConflict } from './queries';

/** Route /sync/conflicts — "Xung đột": keep the value in use, or put back the one replaced. */
export function ConflictsPanel() {
  const { t } = useTranslation('sync');
  const conflicts = useConflicts();
  const resolve = useResolveConflict();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('conflicts.heading')}</Title>
        <Text size="sm">{t('conflicts.intro')}</Text>
        {resolve.isError && (
          <Alert color="red" role="alert">
            {errorMessage(resolve.error)}
          </Alert>
        )}
        {resolve.isSuccess && (
          <Alert color="teal" role="status">
            {t('conflicts.resolved')}
          </Alert>
        )}
        {conflicts.isError ? (
          <Alert color="red">{errorMessage(conflicts.error)}</Alert>
        ) : !conflicts.data ? (
          <Center h={80}>
            <Loader size="sm" />
          </Center>
        ) : conflicts.data.length === 0 ? (
          <Text size="sm">{t('conflicts.empty')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="conflict-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflicts.record')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.field')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.kept')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.lost')}</Table.Th>
                <Table.Th scope="col">{t('conflicts.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.data.map((c) => (
                <Table.Tr key={c.id} data-testid="conflict-row">
                  <Table.Td>
                    {t(`kinds.${c.recordKind}`, { defaultValue: c.recordKind })}: {c.recordLabel}
                  </Table.Td>
                  <Table.Td>
                    <code>{c.field}</code>
                  </Table.Td>
                  <Table.Td>{shown(c, c.keptValue, t)}</Table.Td>
                  <Table.Td>{shown(c, c.lostValue, t)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="default" onClick={() => resolve.mutate({ id: c.id, keep: 'kept' })} aria-label={`${t('conflicts.keep')}: ${c.recordLabel} ${c.field}`}>
                        {t('conflicts.keep')}
                      </Button>
                      <Button size="xs" onClick={() => resolve.mutate({ id: c.id, keep: 'lost' })} aria-label={`${t('conflicts.restore')}: ${c.recordLabel} ${c.field}`}>
                        {t('conflicts.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function shown(c: SyncConflict, value: unknown, t: (k: string) => string): string {
  if (c.field === 'deletedAt') return value === null ? t('conflicts.notDeleted') : t('conflicts.deleted');
  if (value === null || value === '') return t('conflicts.empty_value');
  if (typeof value === 'string' && /^["[{]/.test(value)) {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
    } catch {
      return value;
    }
  }
  return String(value);
}
