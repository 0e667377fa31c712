import { Alert, Button, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SyncImportReport, SyncPreview } from '../../../src-shared/api/sync';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { blobToBase64 } from '../inspections/images';
import { useImport, usePreview } from './queries';

interface Picked {
  fileName: string;
  dataBase64: string;
}

/** Drop or pick a bundle; a new device is shown (id, inspector, fingerprint) and trusted only on a yes. */
export function ImportPanel() {
  const { t } = useTranslation('sync');
  const preview = usePreview();
  const importer = useImport();
  const [pending, setPending] = useState<{ file: Picked; preview: SyncPreview } | null>(null);
  const [report, setReport] = useState<SyncImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (file: Picked, trust: boolean) => {
    setPending(null);
    setReport(await importer.mutateAsync({ ...file, trust }));
  };

  const check = async (read: () => Promise<Picked | null>) => {
    setError(null);
    setReport(null);
    setPending(null);
    try {
      const file = await read();
      if (!file) return;
      const p = await preview.mutateAsync(file);
      if (p.trusted) await run(file, false);
      else setPending({ file, preview: p });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onFiles = async (files: File[]) => {
    const f = files[0];
    if (!f) return;
    await check(async () => ({ fileName: f.name, dataBase64: await blobToBase64(f) }));
  };

  // A .kiemtra file double-clicked in the system: the desktop app routes here with ?opened=N.
  const [params] = useSearchParams();
  const opened = params.get('opened');
  useEffect(() => {
    if (!opened) return;
    api('app.openedFile', {}).then(
      (file) => void (file && check(() => Promise.resolve(file))),
      (e: unknown) => setError(errorMessage(e)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening, not per render
  }, [opened]);

  const busy = preview.isPending || importer.isPending;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('import.heading')}</Title>
        <Dropzone onDrop={(f) => void onFiles(f)} multiple={false} aria-label={t('import.drop')} p="md" disabled={busy}>
          <Group justify="center" gap="sm" mih={64} style={{ pointerEvents: 'none' }}>
            {busy ? <Loader size="sm" /> : <IconFileImport size={28} aria-hidden />}
            <Text size="sm">{busy ? t('import.checking') : t('import.drop')}</Text>
          </Group>
        </Dropzone>
        {error && (
          <Alert color="red" title={t('import.refused')} role="alert" withCloseButton onClose={() => setError(null)}>
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        {pending && (
          <Alert color="yellow" title={t('import.unknownDevice')} role="alertdialog" aria-label={t('import.unknownDevice')}>
            <Stack gap="xs">
              <Text size="sm">{t('import.compare')}</Text>
              <List size="sm" spacing={2}>
                <List.Item>
                  {t('import.deviceId')}: <code>{pending.preview.sender.deviceId}</code>
                </List.Item>
                <List.Item>
                  {t('import.inspector')}: {pending.preview.sender.inspectorName ?? '—'}
                </List.Item>
                <List.Item>
                  {t('import.key')}: <code>{pending.preview.sender.fingerprint}</code>
                </List.Item>
              </List>
              <Group>
                <Button onClick={() => void run(pending.file, true).catch((e: unknown) => setError(errorMessage(e)))} loading={importer.isPending}>
                  {t('import.trust')}
                </Button>
                <Button variant="default" onClick={() => setPending(null)}>
                  {t('import.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {report && <ImportReport report={report} />}
      </Stack>
    </Paper>
  );
}

function ImportReport({ report }: { report: SyncImportReport }) {
  const { t } = useTranslation('sync');
  const kinds = Object.entries(report.kinds);
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Title order={4}>{t('import.report', { file: report.file })}</Title>
      {report.alreadyImported ? (
        <Text size="sm">{t('import.already')}</Text>
      ) : (
        <Table striped verticalSpacing={4} data-testid="import-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.added')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.changed')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.unchanged')}</Table.Th>
              <Table.Th scope="col">{t('import.columns.conflicts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map(([kind, c]) => (
              <Table.Tr key={kind}>
                <Table.Th scope="row">{t(`kinds.${kind}`, { defaultValue: kind })}</Table.Th>
                <Table.Td>{c.added}</Table.Td>
                <Table.Td>{c.changed}</Table.Td>
                <Table.Td>{c.unchanged}</Table.Td>
                <Table.Td>{c.conflicts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.devices.length > 0 && <Text size="sm">{t('import.devices', { list: report.devices.map((d) => d.inspectorName ?? d.deviceId).join(', ') })}</Text>}
      {report.conflicts > 0 && <Text size="sm" fw={600}>{t('import.conflicts', { count: report.conflicts })}</Text>}
      {report.backup && <Text size="sm">{t('import.backup', { file: report.backup })}</Text>}
    </Stack>
  );
}
