import { ActionIcon, Badge, Box, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch, IconTrash, IconX } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualList, type PageResult } from '../../components/VirtualList';
import { useRegisterVersion, type RegisterEntity } from './version-store';

export const ROW_HEIGHT = 60;

const TAB_OF_ENTITY = { xrayUnits: 'xray', sealedSources: 'sources', wastewaterSystems: 'wastewater', licences: 'licences', workers: 'workers', doseRecords: 'workers' } as const satisfies Record<RegisterEntity, string>;

/**
 * The shell every register list shares: a search box and the entity's own filters, a count,
 * "add" (on a facility's page), and a virtual list paged and filtered by the server.
 */
export function RegisterListPanel<T extends { id: string }>(props: {
  entity: RegisterEntity;
  /** Filter values: a change starts the list over. */
  filterKey: unknown;
  filters?: ReactNode;
  fetchPage(query: string | undefined, offset: number, limit: number): Promise<PageResult<T>>;
  renderRow(row: T): ReactNode;
  empty: string;
  filtered: boolean;
  addLabel?: string;
  /** What the list holds, for screen readers; the entity's tab name unless given. */
  label?: string;
  onAdd?(): void;
  height: number | string;
  testId: string;
}) {
  const { t } = useTranslation('register');
  const { t: tc } = useTranslation('common');
  const version = useRegisterVersion((s) => s.versions[props.entity]);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [total, setTotal] = useState<number | null>(null);
  const { fetchPage } = props;
  const fetch = useCallback((offset: number, limit: number) => fetchPage(debounced || undefined, offset, limit), [fetchPage, debounced]);
  const queryKey = JSON.stringify([props.filterKey, debounced, version]);

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label={t('filters.search')}
          placeholder={tc('list.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          rightSection={
            query ? (
              <ActionIcon variant="subtle" aria-label={tc('actions.clear')} onClick={() => setQuery('')}>
                <IconX size={14} />
              </ActionIcon>
            ) : null
          }
          style={{ flex: 1, minWidth: 220 }}
        />
        {props.filters}
        {total !== null && <Badge variant="light">{tc('list.count', { count: total })}</Badge>}
        {props.onAdd && (
          <Button leftSection={<IconPlus size={16} />} onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        )}
      </Group>
      <Paper withBorder style={{ overflow: 'hidden' }} data-testid={props.testId}>
        <VirtualList<T>
          queryKey={queryKey}
          fetchPage={fetch}
          label={props.label ?? t(`tabs.${TAB_OF_ENTITY[props.entity]}`)}
          onTotal={setTotal}
          rowKey={(r) => r.id}
          rowHeight={ROW_HEIGHT}
          height={props.height}
          empty={<Text c="dimmed">{debounced || props.filtered ? tc('states.noResults') : props.empty}</Text>}
          renderRow={props.renderRow}
        />
      </Paper>
    </Stack>
  );
}

/** One row: what it is, what tells it apart, badges, and edit/delete when it can be changed here. */
export function RegisterRow(props: {
  title: ReactNode;
  subtitle?: ReactNode;
  badges?: ReactNode;
  facilityName?: string;
  onOpen(): void;
  onEdit?(): void;
  onDelete?(): void;
  testId: string;
}) {
  const { t: tc } = useTranslation('common');
  return (
    <Box
      px="md"
      h="100%"
      data-testid={props.testId}
      onClick={props.onOpen}
      style={{ display: 'flex', alignItems: 'center', borderBottom: '1px solid var(--mantine-color-gray-2)', cursor: 'pointer' }}
    >
      <Group justify="space-between" wrap="nowrap" w="100%">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} truncate>
            {props.title}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {[props.facilityName, props.subtitle].filter(Boolean).map((part, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                {part}
              </span>
            ))}
          </Text>
        </Box>
        <Group gap="xs" wrap="nowrap">
          {props.badges}
          {props.onEdit && (
            <Tooltip label={tc('actions.edit')}>
              <ActionIcon
                variant="subtle"
                aria-label={tc('actions.edit')}
                onClick={(e) => {
                  e.stopPropagation();
                  props.onEdit!();
                }}
              >
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
          )}
          {props.onDelete && (
            <Tooltip label={tc('actions.delete')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={tc('actions.delete')}
                onClick={(e) => {
                  e.stopPropagation();
                  props.onDelete!();
                }}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Box>
  );
}
