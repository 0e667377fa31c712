import { Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../../components/VirtualList';
import type { WarningRowItem } from './order';
import { WARNING_ROW_HEIGHT, WarningGroupHeader, WarningRow } from './WarningRow';

/** The warnings (already in memory: the core judges them all at once) through the virtual list. */
export function WarningList({ rows, listKey, height, empty, showFacility }: { rows: WarningRowItem[]; listKey: string; height: number | string; empty: string; showFacility: boolean }) {
  const { t } = useTranslation('warnings');
  const fetchPage = useCallback(async (offset: number, limit: number) => ({ rows: rows.slice(offset, offset + limit), total: rows.length }), [rows]);
  return (
    <VirtualList<WarningRowItem>
      queryKey={listKey}
      label={t('title')}
      fetchPage={fetchPage}
      rowHeight={WARNING_ROW_HEIGHT}
      height={height}
      rowKey={(r) => (r.type === 'group' ? `group-${r.kind}` : `${r.warning.kind}-${r.warning.record.entity}-${r.warning.record.id}-${r.warning.ruleId ?? ''}`)}
      empty={<Text c="dimmed">{empty}</Text>}
      renderRow={(r) => (r.type === 'group' ? <WarningGroupHeader kind={r.kind} count={r.count} /> : <WarningRow warning={r.warning} showFacility={showFacility} />)}
    />
  );
}
