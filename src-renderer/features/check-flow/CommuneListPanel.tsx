import { Alert, Badge, Button, Card, FileButton, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowBackUp, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useProvinces } from '../facilities/queries';

/** Bytes of a picked file as base64, so the core can refuse a file that is not UTF-8. */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Settings → "Danh mục xã, phường": how many units each province's picker offers and where they
 * came from; a supervisor imports a CSV (checked in full first; a refusal names row and column
 * and changes nothing) and can undo the latest import.
 */
export function CommuneListPanel() {
  const { t } = useTranslation('flow');
  const qc = useQueryClient();
  const provinces = useProvinces();
  const [province, setProvince] = useState('son-la');
  const [refusal, setRefusal] = useState<string | null>(null);
  const communes = useQuery({ queryKey: ['communes', province], queryFn: () => api('adminUnits.communes', { provinceCode: province }) });
  const imports = useQuery({ queryKey: ['communeImports'], queryFn: () => api('adminUnits.imports', {}) });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['communes'] });
    void qc.invalidateQueries({ queryKey: ['communeImports'] });
  };
  const importFile = useMutation({
    mutationFn: async (file: File) => api('adminUnits.importCommunes', { fileName: file.name, dataBase64: await fileBase64(file) }),
    onSuccess: (r) => {
      setRefusal(null);
      notifications.show({ color: 'teal', message: t('communes.imported', { count: r.imported, provinces: r.provinces.join(', ') }) });
      refresh();
    },
    onError: (e) => setRefusal(errorMessage(e)),
  });
  const undo = useMutation({
    mutationFn: (id: number) => api('adminUnits.undoImport', { id }),
    onSuccess: (r) => {
      notifications.show({ color: 'teal', message: t('communes.undoneToast', { file: r.fileName }) });
      refresh();
    },
    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
  });
  const list = communes.data ?? [];
  const latestOpen = (imports.data ?? []).find((i) => !i.undoneAt)?.id;

  return (
    <Card withBorder component="section" aria-labelledby="communes-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="communes-title">
          {t('communes.title')}
        </Title>
        <Text size="sm">{t('communes.intro')}</Text>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('communes.province')}
            data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
            value={province}
            onChange={(v) => v && setProvince(v)}
            allowDeselect={false}
            searchable
            w={260}
          />
          <Text size="sm" data-testid="commune-count">
            {t('communes.count', { count: list.length })}
            {list[0] ? ` · ${list[0].shipped ? t('communes.shipped') : t('communes.importedFrom', { source: list[0].source })}` : ''}
          </Text>
        </Group>
        <FileButton onChange={(f) => f && importFile.mutate(f)} accept="text/csv,.csv">
          {(props) => (
            <Button {...props} leftSection={<IconFileImport size={16} />} loading={importFile.isPending} w="fit-content">
              {t('communes.import')}
            </Button>
          )}
        </FileButton>
        {refusal && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setRefusal(null)}>
            {refusal}
          </Alert>
        )}
        <Title order={4} size="h5">
          {t('communes.history')}
        </Title>
        {(imports.data ?? []).length === 0 ? (
          <Text size="sm">{t('communes.noHistory')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('communes.at')}</Table.Th>
                <Table.Th>{t('communes.fileName')}</Table.Th>
                <Table.Th>{t('communes.provinces')}</Table.Th>
                <Table.Th>{t('communes.units')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(imports.data ?? []).map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{formatDateTime(i.at)}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{i.fileName}</Table.Td>
                  <Table.Td>{i.provinces.join(', ')}</Table.Td>
                  <Table.Td>
                    {i.imported} ({t('communes.previous', { count: i.previousCount })})
                  </Table.Td>
                  <Table.Td>
                    {i.undoneAt ? (
                      <Badge variant="light" color="gray" style={{ whiteSpace: 'normal', height: 'auto' }}>
                        {t('communes.undone', { at: formatDateTime(i.undoneAt) })}
                      </Badge>
                    ) : (
                      i.id === latestOpen && (
                        <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} />} loading={undo.isPending} onClick={() => undo.mutate(i.id)} aria-label={t('communes.undoLabel', { file: i.fileName })}>
                          {t('communes.undo')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
