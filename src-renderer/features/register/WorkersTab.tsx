import { Badge, Checkbox, Modal } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKER_ROLES, type Worker, type WorkerRole } from '../../../src-shared/schemas/register/workers';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useEditor } from './editor';
import { DateRangeFilter, EnumFilter, type DateRange } from './filters';
import { RegisterListPanel, RegisterRow } from './RegisterListPanel';
import { useDeleteWithUndo } from './undo';
import { WorkerDrawer } from './WorkerDrawer';
import { WorkerForm } from './WorkerForm';

/** Radiation workers of one facility (row → drawer with doses), or of every facility. */
export function WorkersTab({ facilityId, commune, openId, height }: { facilityId?: string; commune?: string | null; openId?: string; height: number | string }) {
  const { t } = useTranslation('register');
  const [role, setRole] = useState<WorkerRole | null>(null);
  const [rsoOnly, setRsoOnly] = useState(false);
  const [interventionalOnly, setInterventionalOnly] = useState(false);
  const [health, setHealth] = useState<DateRange>([null, null]);
  // A search hit opens the worker's drawer (their doses), not the edit form.
  const viewer = useEditor<Worker>('workers', (id) => api('workers.get', { id }), openId);
  const editor = useEditor<Worker>('workers', (id) => api('workers.get', { id }));
  const remove = useDeleteWithUndo('workers');
  const fetchPage = useCallback(
    (query: string | undefined, offset: number, limit: number) =>
      api('workers.list', {
        facilityId,
        commune: commune ?? undefined,
        query,
        role: role ?? undefined,
        isRso: rsoOnly || undefined,
        interventional: interventionalOnly || undefined,
        healthCheckFrom: health[0] ?? undefined,
        healthCheckTo: health[1] ?? undefined,
        sort: facilityId ? 'name' : 'facility',
        offset,
        limit,
      }),
    [facilityId, commune, role, rsoOnly, interventionalOnly, health],
  );
  const viewing = viewer.editing === 'new' ? null : viewer.editing;

  return (
    <>
      <RegisterListPanel<Worker>
        entity="workers"
        testId="worker-list"
        filterKey={[facilityId, commune, role, rsoOnly, interventionalOnly, health]}
        filtered={Boolean(role || rsoOnly || interventionalOnly || health[0] || health[1])}
        fetchPage={fetchPage}
        height={height}
        empty={facilityId ? t('empty.workers') : t('empty.overview')}
        addLabel={t('new.workers')}
        onAdd={facilityId ? editor.openNew : undefined}
        filters={
          <>
            <EnumFilter label={t('filters.role')} values={WORKER_ROLES} labelOf={(v) => t(`worker.roles.${v}`)} value={role} onChange={setRole} w={220} />
            {!facilityId && <DateRangeFilter label={`${t('filters.healthFrom')} – ${t('filters.healthTo')}`} value={health} onChange={setHealth} />}
            <Checkbox label={t('filters.rsoOnly')} checked={rsoOnly} onChange={(e) => setRsoOnly(e.currentTarget.checked)} mb={8} />
            <Checkbox label={t('filters.interventionalOnly')} checked={interventionalOnly} onChange={(e) => setInterventionalOnly(e.currentTarget.checked)} mb={8} />
          </>
        }
        renderRow={(w) => (
          <RegisterRow
            testId="worker-row"
            title={w.name}
            facilityName={facilityId ? undefined : w.facilityName}
            subtitle={[t(`worker.roles.${w.role}`), w.dosimeterId, w.lastHealthCheckOn ? t('worker.healthOn', { date: formatDate(w.lastHealthCheckOn) }) : null].filter(Boolean).join(' · ')}
            badges={
              <>
                {w.isRso && <Badge color="grape">{t('worker.rsoBadge')}</Badge>}
                {w.interventional && <Badge color="orange">{t('worker.interventionalBadge')}</Badge>}
              </>
            }
            onOpen={() => (facilityId ? viewer.open(w) : viewer.goTo(w))}
            onEdit={facilityId ? () => editor.open(w) : undefined}
            onDelete={facilityId ? () => void remove(w.id, w.name) : undefined}
          />
        )}
      />
      {facilityId && (
        <>
          <WorkerDrawer worker={viewing} onClose={viewer.close} onEdit={(w) => editor.open(w)} />
          <Modal opened={editor.editing !== null} onClose={editor.close} title={editor.editing === 'new' ? t('new.workers') : t('edit.workers')} size="xl" zIndex={300}>
            {editor.editing !== null && (
              <WorkerForm
                facilityId={facilityId}
                worker={editor.editing === 'new' ? undefined : editor.editing}
                onCancel={editor.close}
                onSaved={(w) => {
                  editor.saved(w.name, editor.editing === 'new');
                  if (viewing?.id === w.id) viewer.open(w);
                }}
              />
            )}
          </Modal>
        </>
      )}
    </>
  );
}
