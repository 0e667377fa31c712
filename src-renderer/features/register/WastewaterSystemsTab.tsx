import { Badge, Modal } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCHARGE_COLUMNS, type DischargeColumn, type WastewaterSystem } from '../../../src-shared/schemas/register/wastewater-systems';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useEditor } from './editor';
import { HistoryPanel } from '../audit/HistoryPanel';
import { EnumFilter } from './filters';
import { formatNumber } from './format';
import { RegisterListPanel, RegisterRow } from './RegisterListPanel';
import { useDeleteWithUndo } from './undo';
import { WastewaterSystemForm } from './WastewaterSystemForm';

/** Wastewater treatment systems of one facility. */
export function WastewaterSystemsTab({ facilityId, openId, height }: { facilityId: string; openId?: string; height: number | string }) {
  const { t } = useTranslation('register');
  const [column, setColumn] = useState<DischargeColumn | null>(null);
  const editor = useEditor<WastewaterSystem>('wastewaterSystems', (id) => api('wastewaterSystems.get', { id }), openId);
  const remove = useDeleteWithUndo('wastewaterSystems');
  const fetchPage = useCallback(
    (query: string | undefined, offset: number, limit: number) => api('wastewaterSystems.list', { facilityId, query, dischargeColumn: column ?? undefined, offset, limit }),
    [facilityId, column],
  );
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <RegisterListPanel<WastewaterSystem>
        entity="wastewaterSystems"
        testId="wastewater-list"
        filterKey={[facilityId, column]}
        filtered={Boolean(column)}
        fetchPage={fetchPage}
        height={height}
        empty={t('empty.wastewater')}
        addLabel={t('new.wastewater')}
        onAdd={editor.openNew}
        filters={<EnumFilter label={t('filters.column')} values={DISCHARGE_COLUMNS} labelOf={(v) => t('wastewater.columnShort', { column: v })} value={column} onChange={setColumn} w={160} />}
        renderRow={(w) => (
          <RegisterRow
            testId="wastewater-row"
            title={w.technology}
            subtitle={
              [
                w.designCapacityM3PerDay !== null ? t('wastewater.capacity', { value: formatNumber(w.designCapacityM3PerDay) }) : null,
                w.permitNo ? `${t('wastewater.permitNo')}: ${w.permitNo}` : null,
                w.permitK !== null ? `K = ${formatNumber(w.permitK)}` : null,
              ]
                .filter(Boolean)
                .join(' · ') || undefined
            }
            badges={
              <>
                {w.dischargeColumn && <Badge variant="outline">{t('wastewater.columnShort', { column: w.dischargeColumn })}</Badge>}
                {w.permitExpiresOn && (
                  <Badge color={w.permitExpiresOn < today ? 'red' : 'gray'} variant="light">
                    {formatDate(w.permitExpiresOn)}
                  </Badge>
                )}
              </>
            }
            onOpen={() => editor.open(w)}
            onEdit={() => editor.open(w)}
            onDelete={() => void remove(w.id, w.technology)}
          />
        )}
      />
      <Modal opened={editor.editing !== null} onClose={editor.close} title={editor.editing === 'new' ? t('new.wastewater') : t('edit.wastewater')} size="xl">
        {editor.editing !== null && (
          <WastewaterSystemForm
            facilityId={facilityId}
            system={editor.editing === 'new' ? undefined : editor.editing}
            onCancel={editor.close}
            onSaved={(w) => editor.saved(w.technology, editor.editing === 'new')}
          />
        )}
        {editor.editing !== null && editor.editing !== 'new' && <HistoryPanel entity="wastewater_system" entityId={editor.editing.id} />}
      </Modal>
    </>
  );
}
