import { Alert, Badge, Button, Center, Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useDevices, useDeviceTrust } from './queries';

/** Route /sync/devices — the devices whose bundles this file accepts, each pinned to its key. */
export function DevicesPanel() {
  const { t } = useTranslation('sync');
  const devices = useDevices();
  const trust = useDeviceTrust();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('devices.heading')}</Title>
        <Text size="sm">{t('devices.intro')}</Text>
        {trust.isError && (
          <Alert color="red" role="alert">
            {errorMessage(trust.error)}
          </Alert>
        )}
        {devices.isError ? (
          <Alert color="red">{errorMessage(devices.error)}</Alert>
        ) : !devices.data ? (
          <Center h={80}>
            <Loader size="sm" />
          </Center>
        ) : devices.data.length === 0 ? (
          <Text size="sm">{t('devices.empty')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="device-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('devices.device')}</Table.Th>
                <Table.Th scope="col">{t('devices.inspector')}</Table.Th>
                <Table.Th scope="col">{t('devices.key')}</Table.Th>
                <Table.Th scope="col">{t('devices.trustedAt')}</Table.Th>
                <Table.Th scope="col">{t('devices.lastImport')}</Table.Th>
                <Table.Th scope="col">{t('devices.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('devices.revoke')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.data.map((d) => (
                <Table.Tr key={d.deviceId} data-testid="device-row">
                  <Table.Td>
                    <code>{d.deviceId}</code>
                  </Table.Td>
                  <Table.Td>{d.inspectorName ?? '—'}</Table.Td>
                  <Table.Td>
                    <code style={{ fontSize: 12 }}>{d.fingerprint}</code>
                  </Table.Td>
                  <Table.Td>{formatDate(d.trustedAt)}</Table.Td>
                  <Table.Td>{d.lastImportAt ? formatDateTime(d.lastImportAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={d.revokedAt ? 'red' : 'teal'} variant="light">
                      {d.revokedAt ? t('devices.revoked', { date: formatDate(d.revokedAt) }) : t('devices.active')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant={d.revokedAt ? 'default' : 'light'} color={d.revokedAt ? undefined : 'red'} onClick={() => trust.mutate({ deviceId: d.deviceId, revoke: !d.revokedAt })}>
                      {d.revokedAt ? t('devices.reinstate') : t('devices.revoke')}
                    </Button>
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
