import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncExportResult } from '../../../src-shared/api/sync';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { ImportPanel } from './ImportPanel';
import { useExport, useSyncStatus } from './queries';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Route /sync (index): "Xuất dữ liệu" and "Nhập dữ liệu". */
export function BundlesPanel() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const exporter = useExport();
  const [destination, setDestination] = useState('default');
  const [all, setAll] = useState(false);
  const [done, setDone] = useState<(SyncExportResult & { url: string }) | null>(null);

  const onExport = async () => {
    setDone(null);
    const r = await exporter.mutateAsync({ destination, all });
    const bytes = Uint8Array.from(atob(r.dataBase64), (c) => c.charCodeAt(0));
    setDone({ ...r, url: URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' })) });
  };
  const last = status.data?.exports.find((e) => e.destination === destination);

  return (
    <Stack gap="md">
      {status.data && (
        <Text size="sm">
          {t('device', { id: status.data.deviceId })}
          {status.data.fingerprint ? ` — ${t('fingerprint', { fingerprint: status.data.fingerprint })}` : ''}
        </Text>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3}>{t('export.heading')}</Title>
          {status.data && !status.data.canExport && <Alert color="yellow">{t('noKey')}</Alert>}
          <TextInput label={t('export.destination')} description={t('export.destinationHint')} value={destination} onChange={(e) => setDestination(e.currentTarget.value)} maw={360} />
          {last && <Text size="sm">{t('export.last', { destination: last.destination, date: formatDateTime(last.exportedAt) })}</Text>}
          <Checkbox label={t('export.all')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
          <Alert color="orange" title={t('export.unencrypted')} />
          <Group>
            <Button onClick={() => void onExport().catch(() => undefined)} loading={exporter.isPending} disabled={!destination.trim()}>
              {t('export.button')}
            </Button>
          </Group>
          {exporter.isError && (
            <Alert color="red" role="alert">
              {errorMessage(exporter.error)}
            </Alert>
          )}
          {done && (
            <Alert color="teal" role="status" title={t('export.done', { file: done.fileName, size: size(done.bytes) })}>
              {Object.keys(done.counts).length === 0 ? <Text size="sm">{t('export.nothing')}</Text> : null}
              <Anchor href={done.url} download={done.fileName}>
                {t('export.download')}
              </Anchor>
            </Alert>
          )}
        </Stack>
      </Paper>
      <ImportPanel />
    </Stack>
  );
}
