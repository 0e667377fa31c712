import { Badge, Modal } from '@mantine/core';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LICENCE_KINDS, type Licence, type LicenceKind } from '../../../src-shared/schemas/register/licences';
import { api } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { useWarnings } from '../warnings/queries';
import { useEditor } from './editor';
import { HistoryPanel } from '../audit/HistoryPanel';
import { DateRangeFilter, EnumFilter, type DateRange } from './filters';
import { LicenceForm } from './LicenceForm';
import { RegisterListPanel, RegisterRow } from './RegisterListPanel';
import { useDeleteWithUndo } from './undo';

/** Licences and declarations of one facility, or of every facility when none is given. */
export function LicencesTab({ facilityId, commune, openId, height }: { facilityId?: string; commune?: string | null; openId?: string; height: number | string }) {
  const { t } = useTranslation('register');
  const [kind, setKind] = useState<LicenceKind | null>(null);
  const [expires, setExpires] = useState<DateRange>([null, null]);
  const editor = useEditor<Licence>('licences', (id) => api('licences.get', { id }), openId);
  const remove = useDeleteWithUndo('licences');
  const fetchPage = useCallback(
    (query: string | undefined, offset: number, limit: number) =>
      api('licences.list', { facilityId,
        commune: commune ?? undefined, query, kind: kind ?? undefined, expiresFrom: expires[0] ?? undefined, expiresTo: expires[1] ?? undefined, offset, limit }),
    [facilityId, commune, kind, expires],
  );
  const today = dayjs().format('YYYY-MM-DD');
  // "Expires soon" is the core's licence warning, judged by the rule pack in force (its warning window).
  const warnings = useWarnings(facilityId ?? null);
  const warned = useMemo(() => {
    const of = (state: 'due_soon' | 'overdue') => new Set((warnings.data ?? []).filter((w) => w.kind === 'licence_expiry' && w.state === state && w.record).map((w) => w.record!.id));
    // Overdue while still valid: the renewal had to be filed (the pack's lead days) and the day has passed.
    return { dueSoon: of('due_soon'), overdue: of('overdue') };
  }, [warnings.data]);
  const badgeOf = (l: Licence & { expiresOn: string }) =>
    l.expiresOn < today
      ? { color: 'red', text: `${t('licence.expired')} ${formatDate(l.expiresOn)}` }
      : warned.overdue.has(l.id)
        ? { color: 'red', text: `${t('licence.renewalLate')} · ${t('licence.expiresOn')} ${formatDate(l.expiresOn)}` }
        : warned.dueSoon.has(l.id)
          ? { color: 'orange', text: `${t('licence.expiresSoon')} ${formatDate(l.expiresOn)}` }
          : { color: 'gray', text: `${t('licence.expiresOn')} ${formatDate(l.expiresOn)}` };
  const name = (l: Licence) => `${t(`licence.kinds.${l.kind}`)} ${l.number}`;

  return (
    <>
      <RegisterListPanel<Licence>
        entity="licences"
        testId="licence-list"
        filterKey={[facilityId, commune, kind, expires]}
        filtered={Boolean(kind || expires[0] || expires[1])}
        fetchPage={fetchPage}
        height={height}
        empty={facilityId ? t('empty.licences') : t('empty.overview')}
        addLabel={t('new.licences')}
        onAdd={facilityId ? editor.openNew : undefined}
        filters={
          <>
            <EnumFilter label={t('filters.kind')} values={LICENCE_KINDS} labelOf={(v) => t(`licence.kinds.${v}`)} value={kind} onChange={setKind} w={240} />
            <DateRangeFilter label={`${t('filters.expiresFrom')} – ${t('filters.expiresTo')}`} value={expires} onChange={setExpires} />
          </>
        }
        renderRow={(l) => (
          <RegisterRow
            testId="licence-row"
            title={`${l.number} — ${t(`licence.kinds.${l.kind}`)}`}
            facilityName={facilityId ? undefined : l.facilityName}
            subtitle={
              [
                l.issuedBy,
                l.issuedOn ? `${t('licence.issuedOn')} ${formatDate(l.issuedOn)}` : null,
                l.units.length ? t('licence.unitsCount', { count: l.units.length }) : null,
              ]
                .filter(Boolean)
                .join(' · ') || undefined
            }
            badges={
              l.expiresOn ? (
                <Badge color={badgeOf({ ...l, expiresOn: l.expiresOn }).color} variant="light">
                  {badgeOf({ ...l, expiresOn: l.expiresOn }).text}
                </Badge>
              ) : undefined
            }
            onOpen={() => (facilityId ? editor.open(l) : editor.goTo(l))}
            onEdit={facilityId ? () => editor.open(l) : undefined}
            onDelete={facilityId ? () => void remove(l.id, name(l)) : undefined}
          />
        )}
      />
      {facilityId && (
        <Modal opened={editor.editing !== null} onClose={editor.close} title={editor.editing === 'new' ? t('new.licences') : t('edit.licences')} size="xl">
          {editor.editing !== null && (
            <LicenceForm
              facilityId={facilityId}
              licence={editor.editing === 'new' ? undefined : editor.editing}
              onCancel={editor.close}
              onSaved={(l) => editor.saved(name(l), editor.editing === 'new')}
            />
          )}
          {editor.editing !== null && editor.editing !== 'new' && <HistoryPanel entity="licence" entityId={editor.editing.id} />}
        </Modal>
      )}
    </>
  );
}
