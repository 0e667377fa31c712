import { Badge, Checkbox, Modal } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { XRAY_UNIT_STATUSES, XRAY_UNIT_TYPES, type XrayUnit, type XrayUnitStatus, type XrayUnitType } from '../../../src-shared/schemas/register/xray-units';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useEditor } from './editor';
import { HistoryPanel } from '../audit/HistoryPanel';
import { DateRangeFilter, EnumFilter, type DateRange } from './filters';
import { useXrayLabel } from './labels';
import { RegisterListPanel, RegisterRow } from './RegisterListPanel';
import { useDeleteWithUndo } from './undo';
import { XrayUnitForm } from './XrayUnitForm';

const STATUS_COLOR: Record<XrayUnitStatus, string> = { in_use: 'teal', stored: 'gray', retired: 'dark' };

/** X-ray units of one facility (with add/edit/delete), or of every facility when none is given. */
export function XrayUnitsTab({ facilityId, commune, openId, height }: { facilityId?: string; commune?: string | null; openId?: string; height: number | string }) {
  const { t } = useTranslation('register');
  const label = useXrayLabel();
  const [type, setType] = useState<XrayUnitType | null>(null);
  const [status, setStatus] = useState<XrayUnitStatus | null>(null);
  const [qc, setQc] = useState<DateRange>([null, null]);
  const [neverVerified, setNeverVerified] = useState(false);
  const editor = useEditor<XrayUnit>('xrayUnits', (id) => api('xrayUnits.get', { id }), openId);
  const remove = useDeleteWithUndo('xrayUnits');

  const fetchPage = useCallback(
    (query: string | undefined, offset: number, limit: number) =>
      api('xrayUnits.list', {
        facilityId,
        commune: commune ?? undefined,
        query,
        type: type ?? undefined,
        status: status ?? undefined,
        lastQcFrom: qc[0] ?? undefined,
        lastQcTo: qc[1] ?? undefined,
        neverVerified: neverVerified || undefined,
        sort: facilityId ? 'serial' : 'facility',
        offset,
        limit,
      }),
    [facilityId, commune, type, status, qc, neverVerified],
  );

  return (
    <>
      <RegisterListPanel<XrayUnit>
        entity="xrayUnits"
        testId="xray-list"
        filterKey={[facilityId, commune, type, status, qc, neverVerified]}
        filtered={Boolean(type || status || qc[0] || qc[1] || neverVerified)}
        fetchPage={fetchPage}
        height={height}
        empty={facilityId ? t('empty.xray') : t('empty.overview')}
        addLabel={t('new.xray')}
        onAdd={facilityId ? editor.openNew : undefined}
        filters={
          <>
            <EnumFilter label={t('filters.type')} value={type} onChange={setType} values={XRAY_UNIT_TYPES} labelOf={(v) => t(`xray.types.${v}`)} w={220} />
            <EnumFilter label={t('filters.status')} value={status} onChange={setStatus} values={XRAY_UNIT_STATUSES} labelOf={(v) => t(`xray.statuses.${v}`)} w={180} />
            {!facilityId && <DateRangeFilter label={`${t('filters.qcFrom')} – ${t('filters.qcTo')}`} value={qc} onChange={setQc} />}
            {!facilityId && <Checkbox label={t('filters.neverVerified')} checked={neverVerified} onChange={(e) => setNeverVerified(e.currentTarget.checked)} mb={8} />}
          </>
        }
        renderRow={(u) => (
          <RegisterRow
            testId="xray-row"
            title={label(u)}
            facilityName={facilityId ? undefined : u.facilityName}
            subtitle={[u.room, u.maxKv !== null ? `${u.maxKv} kV` : null].filter(Boolean).join(' · ') || undefined}
            badges={
              <>
                <Badge variant="outline" color={u.lastQcOn ? 'blue' : 'orange'}>
                  {u.lastQcOn ? t('xray.qcOn', { date: formatDate(u.lastQcOn) }) : t('xray.neverVerified')}
                </Badge>
                <Badge color={STATUS_COLOR[u.status]} variant="light">
                  {t(`xray.statuses.${u.status}`)}
                </Badge>
              </>
            }
            onOpen={() => (facilityId ? editor.open(u) : editor.goTo(u))}
            onEdit={facilityId ? () => editor.open(u) : undefined}
            onDelete={facilityId ? () => void remove(u.id, label(u)) : undefined}
          />
        )}
      />
      {facilityId && (
        <Modal opened={editor.editing !== null} onClose={editor.close} title={editor.editing === 'new' ? t('new.xray') : t('edit.xray')} size="xl">
          {editor.editing !== null && (
            <XrayUnitForm
              facilityId={facilityId}
              unit={editor.editing === 'new' ? undefined : editor.editing}
              onCancel={editor.close}
              onSaved={(u) => editor.saved(label(u), editor.editing === 'new')}
            />
          )}
          {editor.editing !== null && editor.editing !== 'new' && <HistoryPanel entity="xray_unit" entityId={editor.editing.id} />}
        </Modal>
      )}
    </>
  );
}
