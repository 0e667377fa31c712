import { Badge, Modal } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NUCLIDES, SOURCE_STATUSES, type Nuclide, type SealedSource, type SourceStatus } from '../../../src-shared/schemas/register/sealed-sources';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useEditor } from './editor';
import { HistoryPanel } from '../audit/HistoryPanel';
import { EnumFilter } from './filters';
import { formatActivity } from './format';
import { RegisterListPanel, RegisterRow } from './RegisterListPanel';
import { SealedSourceForm } from './SealedSourceForm';
import { SourceStatus as SourceStatusCard } from '../sources/SourceStatus';
import { useDeleteWithUndo } from './undo';

export function sourceName(s: Pick<SealedSource, 'nuclide' | 'nuclideOther' | 'serial'>): string {
  return [s.nuclide === 'other' ? s.nuclideOther : s.nuclide, s.serial].filter(Boolean).join(' — ');
}

/** Sealed sources of one facility, or of every facility when none is given. */
export function SealedSourcesTab({ facilityId, commune, openId, height }: { facilityId?: string; commune?: string | null; openId?: string; height: number | string }) {
  const { t } = useTranslation('register');
  const [nuclide, setNuclide] = useState<Nuclide | null>(null);
  const [status, setStatus] = useState<SourceStatus | null>(null);
  const editor = useEditor<SealedSource>('sealedSources', (id) => api('sealedSources.get', { id }), openId);
  const remove = useDeleteWithUndo('sealedSources');

  const fetchPage = useCallback(
    (query: string | undefined, offset: number, limit: number) =>
      api('sealedSources.list', { facilityId,
        commune: commune ?? undefined, query, nuclide: nuclide ?? undefined, status: status ?? undefined, sort: facilityId ? 'nuclide' : 'facility', offset, limit }),
    [facilityId, commune, nuclide, status],
  );

  return (
    <>
      <RegisterListPanel<SealedSource>
        entity="sealedSources"
        testId="source-list"
        filterKey={[facilityId, commune, nuclide, status]}
        filtered={Boolean(nuclide || status)}
        fetchPage={fetchPage}
        height={height}
        empty={facilityId ? t('empty.sources') : t('empty.overview')}
        addLabel={t('new.sources')}
        onAdd={facilityId ? editor.openNew : undefined}
        filters={
          <>
            <EnumFilter label={t('filters.nuclide')} values={NUCLIDES} labelOf={(v) => (v === 'other' ? t('source.other') : v)} value={nuclide} onChange={setNuclide} w={160} />
            <EnumFilter label={t('filters.status')} values={SOURCE_STATUSES} labelOf={(v) => t(`source.statuses.${v}`)} value={status} onChange={setStatus} w={200} />
          </>
        }
        renderRow={(s) => (
          <RegisterRow
            testId="source-row"
            title={sourceName(s)}
            facilityName={facilityId ? undefined : s.facilityName}
            subtitle={`${formatActivity(s.activityBq)} · ${formatDate(s.referenceDate)}${s.purpose ? ` · ${s.purpose}` : ''}`}
            badges={<Badge variant="light">{t(`source.statuses.${s.status}`)}</Badge>}
            onOpen={() => (facilityId ? editor.open(s) : editor.goTo(s))}
            onEdit={facilityId ? () => editor.open(s) : undefined}
            onDelete={facilityId ? () => void remove(s.id, sourceName(s)) : undefined}
          />
        )}
      />
      {facilityId && (
        <Modal opened={editor.editing !== null} onClose={editor.close} title={editor.editing === 'new' ? t('new.sources') : t('edit.sources')} size="xl">
          {editor.editing !== null && editor.editing !== 'new' && <SourceStatusCard sourceId={editor.editing.id} />}
          {editor.editing !== null && (
            <SealedSourceForm
              facilityId={facilityId}
              source={editor.editing === 'new' ? undefined : editor.editing}
              onCancel={editor.close}
              onSaved={(s) => editor.saved(sourceName(s), editor.editing === 'new')}
            />
          )}
          {editor.editing !== null && editor.editing !== 'new' && <HistoryPanel entity="sealed_source" entityId={editor.editing.id} />}
        </Modal>
      )}
    </>
  );
}
