import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRegisterVersion, type RegisterEntity } from './version-store';

/** URL tab names of the facility page, per entity (search hits and the overview link to them). */
export const TAB_OF: Record<Exclude<RegisterEntity, 'doseRecords'>, string> = {
  xrayUnits: 'xray',
  sealedSources: 'sources',
  wastewaterSystems: 'wastewater',
  licences: 'licences',
  workers: 'workers',
};

/**
 * Which record a tab's modal edits: none, a new one, or an existing one. `openId` (from the URL,
 * e.g. a search hit) opens that record once it is loaded.
 */
export function useEditor<T extends { id: string }>(entity: RegisterEntity, load: (id: string) => Promise<T>, openId?: string) {
  const { t } = useTranslation('register');
  const bump = useRegisterVersion((s) => s.bump);
  const navigate = useNavigate();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  // `load` is a fresh closure each render; the id alone decides when to load, with the latest `load`.
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    if (!openId) return;
    let live = true;
    latestLoad.current(openId)
      .then((row) => live && setEditing(row))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [openId]);
  return {
    editing,
    openNew: () => setEditing('new'),
    open: (row: T) => setEditing(row),
    close: () => setEditing(null),
    /** After a save: refresh every list of the entity, say so, close the modal. */
    saved: (name: string, created: boolean) => {
      bump(entity);
      notifications.show({ color: 'green', message: created ? t('common.created', { name }) : t('common.saved') });
      setEditing(null);
    },
    /** From the all-facilities overview: open the record on its facility's page. */
    goTo: (row: { id: string; facilityId: string }) => navigate(`/facilities/${row.facilityId}?tab=${TAB_OF[entity as keyof typeof TAB_OF]}&item=${row.id}`),
  };
}
