import { ActionIcon, Badge, Button, Drawer, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoseRecord } from '../../../src-shared/schemas/register/dose-records';
import type { Worker } from '../../../src-shared/schemas/register/workers';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { DoseRecordForm } from './DoseRecordForm';
import { formatNumber } from './format';
import { useDeleteWithUndo } from './undo';
import { HistoryPanel } from '../audit/HistoryPanel';
import { useRegisterVersion } from './version-store';
import { WorkerDoseWarnings } from './WorkerDoseWarnings';
import { warningKeys } from '../warnings/queries';

/** Interventional staff: E = 0.5·H_W + 0.025·H_N (Joint Circular 13/2014), shown when both are read. */
function effective(d: DoseRecord): number | null {
  return d.hw !== null && d.hn !== null ? 0.5 * d.hw + 0.025 * d.hn : null;
}

/** A worker's record and quarterly dose history (add, edit, delete a quarter). */
export function WorkerDrawer({ worker, onClose, onEdit }: { worker: Worker | null; onClose(): void; onEdit(w: Worker): void }) {
  const { t } = useTranslation('register');
  const { t: tc } = useTranslation('common');
  const version = useRegisterVersion((s) => s.versions.doseRecords);
  const bump = useRegisterVersion((s) => s.bump);
  const remove = useDeleteWithUndo('doseRecords');
  const [editing, setEditing] = useState<DoseRecord | 'new' | null>(null);
  const queryClient = useQueryClient();
  const doses = useQuery({
    queryKey: ['register', 'doses', worker?.id, version],
    queryFn: () => api('doseRecords.list', { workerId: worker!.id, sort: 'period', desc: true, limit: 500 }),
    enabled: Boolean(worker),
  });
  if (!worker) return <Drawer opened={false} onClose={onClose} />;
  const w = worker;
  const info = (label: string, value: string | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
  const period = (d: DoseRecord) => t('dose.periodValue', { quarter: d.quarter, year: d.year });
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n));

  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={w.name}>
      <Stack>
        <Group gap="xs">
          <Badge variant="light">{t(`worker.roles.${w.role}`)}</Badge>
          {w.isRso && <Badge color="grape">{t('worker.rsoBadge')}</Badge>}
          {w.interventional && <Badge color="orange">{t('worker.interventionalBadge')}</Badge>}
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => onEdit(w)} ml="auto">
            {tc('actions.edit')}
          </Button>
        </Group>
        <SimpleGrid cols={3}>
          {info(t('worker.jobTitle'), w.jobTitle)}
          {info(t('worker.dosimeterId'), w.dosimeterId)}
          {info(t('worker.lastHealthCheckOn'), formatDate(w.lastHealthCheckOn))}
          {info(t('worker.trainingOn'), formatDate(w.trainingOn))}
          {info(t('worker.lastRefresherOn'), formatDate(w.lastRefresherOn))}
          {w.isRso && info(t('worker.rsoCertificateNo'), w.rsoCertificateNo)}
          {w.isRso && info(t('worker.rsoDecisionNo'), [w.rsoDecisionNo, formatDate(w.rsoDecisionOn)].filter(Boolean).join(' — '))}
        </SimpleGrid>
        <Group justify="space-between">
          <Title order={3} size="h4">{t('worker.doses')}</Title>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            {t('new.dose')}
          </Button>
        </Group>
        <WorkerDoseWarnings facilityId={w.facilityId} workerId={w.id} />
        {doses.data && doses.data.rows.length === 0 ? (
          <Text c="dimmed">{t('empty.dose')}</Text>
        ) : (
          <Table striped withTableBorder aria-label={t('worker.doses')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dose.period')}</Table.Th>
                <Table.Th>{t('dose.readOn')}</Table.Th>
                <Table.Th ta="right">{t('dose.hp10')}</Table.Th>
                <Table.Th ta="right">{t('dose.hp007')}</Table.Th>
                <Table.Th ta="right">{t('dose.lens')}</Table.Th>
                {w.interventional && <Table.Th ta="right">{t('dose.hw')}</Table.Th>}
                {w.interventional && <Table.Th ta="right">{t('dose.hn')}</Table.Th>}
                {w.interventional && <Table.Th ta="right">{t('dose.effective')}</Table.Th>}
                <Table.Th w={80}>
                  <span className="sr-only" style={{ position: 'absolute', left: -9999 }}>
                    {t('dose.actions')}
                  </span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(doses.data?.rows ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{period(d)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.readOn) || '—'}</Table.Td>
                  <Table.Td ta="right">{num(d.hp10)}</Table.Td>
                  <Table.Td ta="right">{num(d.hp007)}</Table.Td>
                  <Table.Td ta="right">{num(d.lens)}</Table.Td>
                  {w.interventional && <Table.Td ta="right">{num(d.hw)}</Table.Td>}
                  {w.interventional && <Table.Td ta="right">{num(d.hn)}</Table.Td>}
                  {w.interventional && <Table.Td ta="right">{num(effective(d))}</Table.Td>}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={`${tc('actions.edit')} ${period(d)}`} onClick={() => setEditing(d)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={`${tc('actions.delete')} ${period(d)}`} onClick={() => void remove(d.id, period(d))}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <HistoryPanel entity="worker" entityId={w.id} />
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('new.dose') : t('edit.dose')} size="lg">
        {editing !== null && (
          <DoseRecordForm
            workerId={w.id}
            interventional={w.interventional}
            record={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              bump('doseRecords');
              void queryClient.invalidateQueries({ queryKey: warningKeys.all });
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Drawer>
  );
}
