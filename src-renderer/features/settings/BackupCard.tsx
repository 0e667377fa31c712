import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/api/backup';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KiB`;

/** Settings → "Sao lưu và khôi phục": the backups folder, "Sao lưu ngay", and restoring one backup. */
export function BackupCard() {
  const { t } = useTranslation('backup');
  const client = useQueryClient();
  const list = useQuery({ queryKey: ['backup.list'], queryFn: () => api('backup.list', {}) });
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => api('app.info', {}) });
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['backup.list'] });
  const now = useMutation({
    mutationFn: () => api('backup.now', {}),
    onSuccess: (b) => {
      setMessage(t('saved', { name: b.name }));
      void refresh();
    },
  });
  const restore = useMutation({
    mutationFn: (name: string) => api('backup.restore', { name }),
    onSuccess: (r) => {
      setChosen(null);
      setMessage(r.restartsAutomatically ? t('restarting') : null);
      void refresh();
    },
  });
  const cancel = useMutation({ mutationFn: () => api('backup.cancelRestore', {}), onSuccess: () => void refresh() });
  const error = now.error ?? restore.error ?? cancel.error ?? list.error;
  const pending = list.data?.pendingRestore ?? null;

  return (
    <Card withBorder component="section" aria-labelledby="backup-title">
      <Stack gap="sm">
        <Title order={3} id="backup-title">
          {t('title')}
        </Title>
        <Text>{t('intro')}</Text>
        {list.data && <Text style={{ wordBreak: 'break-all' }}>{t('folder', { folder: list.data.folder })}</Text>}
        <Group>
          <Button onClick={() => now.mutate()} loading={now.isPending}>
            {t('now')}
          </Button>
        </Group>
        {message && (
          <Alert color="green" role="status">
            {message}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        {pending && (
          <Alert color="yellow" role="status">
            <Text>{t('pending', { name: pending })}</Text>
            {info.data?.transport === 'web' && <Text>{t('pendingWeb')}</Text>}
            <Button mt="xs" variant="default" onClick={() => cancel.mutate()}>
              {t('cancelRestore')}
            </Button>
          </Alert>
        )}
        {list.data && list.data.backups.length === 0 && <Text>{t('empty')}</Text>}
        {list.data && list.data.backups.length > 0 && (
          <Table aria-label={t('listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.takenAt')}</Table.Th>
                <Table.Th>{t('columns.kind')}</Table.Th>
                <Table.Th>{t('columns.size')}</Table.Th>
                <Table.Th>{t('columns.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.backups.map((b) => (
                <Table.Tr key={b.name} data-testid="backup-row">
                  <Table.Td>{formatDateTime(b.takenAt)}</Table.Td>
                  <Table.Td>{t(`kinds.${b.kind}`)}</Table.Td>
                  <Table.Td>{kib(b.sizeBytes)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" aria-label={t('restoreLabel', { when: formatDateTime(b.takenAt) })} onClick={() => setChosen(b)}>
                      {t('restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title={t('confirmTitle')} closeButtonProps={{ 'aria-label': t('cancel') }}>
        {chosen && (
          <Stack>
            <Text>{t('confirmText', { when: formatDateTime(chosen.takenAt) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('cancel')}
              </Button>
              <Button color="red" loading={restore.isPending} onClick={() => restore.mutate(chosen.name)}>
                {t('confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
