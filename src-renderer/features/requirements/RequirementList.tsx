import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../src-shared/schemas/requirement';
import { api } from '../../api/client';
import { VirtualList } from '../../components/VirtualList';
import type { RequirementFilter } from './RequirementFilters';
import { REQUIREMENT_ROW_HEIGHT, RequirementRow } from './RequirementRow';

/**
 * Requirements paged and filtered by the core, earliest deadline first. A change made elsewhere
 * (a panel invalidating ['requirements']) starts the list over.
 */
export function RequirementList(props: { facilityId?: string; filter: RequirementFilter; height: number | string; empty: string; onTotal?(n: number): void }) {
  const { facilityId, filter } = props;
  const { t } = useTranslation('findings');
  const version = useRequirementsVersion();
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api('requirements.list', {
        facilityId,
        status: filter.status.length ? filter.status : undefined,
        overdueOnly: filter.overdueOnly,
        deadlineFrom: filter.deadlineFrom ?? undefined,
        deadlineTo: filter.deadlineTo ?? undefined,
        desc: filter.desc,
        offset,
        limit,
      }),
    [facilityId, filter],
  );
  return (
    <VirtualList<Requirement>
      queryKey={JSON.stringify([facilityId, filter, version])}
      fetchPage={fetchPage}
      label={t('page.title')}
      onTotal={props.onTotal}
      rowHeight={REQUIREMENT_ROW_HEIGHT}
      height={props.height}
      rowKey={(r) => r.id}
      empty={<Text c="dimmed">{props.empty}</Text>}
      renderRow={(r) => <RequirementRow requirement={r} showFacility={!facilityId} />}
    />
  );
}

/** Counts invalidations of ['requirements'] so the virtual list (which pages by itself) reloads too. */
function useRequirementsVersion(): number {
  const qc = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      qc.getQueryCache().subscribe((e) => {
        if (e.type === 'updated' && e.action.type === 'invalidate' && e.query.queryKey[0] === 'requirements') setVersion((v) => v + 1);
      }),
    [qc],
  );
  return version;
}
