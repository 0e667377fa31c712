import { ActionIcon, Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconSortAscending, IconSortDescending, IconX } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FACILITY_KINDS, FACILITY_SORTS, type Facility, type FacilityKind } from '../../../src-shared/schemas/facility';
import { api } from '../../api/client';
import { LinkRow } from '../../components/LinkRow';
import { VirtualList } from '../../components/VirtualList';
import { formatDate } from '../../lib/dates';
import { EmptyRegister } from './EmptyRegister';
import { FacilityForm } from './FacilityForm';
import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { PageTitle } from '../../components/PageTitle';

type Sort = (typeof FACILITY_SORTS)[number];

export function FacilityListPage() {
  const { t } = useTranslation('facilities');
  const { t: tc } = useTranslation('common');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const [kind, setKind] = useState<FacilityKind | 'all'>('all');
  const [sort, setSort] = useState<Sort>('name');
  const [desc, setDesc] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [refresh, setRefresh] = useState(0);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api('facilities.list', { query: debounced || undefined, kind: kind === 'all' ? undefined : kind, sort, desc, offset, limit }),
    [debounced, kind, sort, desc],
  );
  const queryKey = JSON.stringify([debounced, kind, sort, desc, refresh]);

  return (
    <Stack h="100%" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('title')}</PageTitle>
          {total !== null && <Badge variant="light">{tc('list.count', { count: total })}</Badge>}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('new')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label={tc('nav.search')}
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
          style={{ flex: 1, minWidth: 240 }}
        />
        <SegmentedControl
          aria-label={t('filters.kind')}
          value={kind}
          onChange={(v) => setKind(v as FacilityKind | 'all')}
          data={[{ value: 'all', label: t('filters.all') }, ...FACILITY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
        />
        <Select
          aria-label={t('sort.label')}
          w={170}
          value={sort}
          onChange={(v) => setSort((v as Sort) ?? 'name')}
          data={FACILITY_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          allowDeselect={false}
        />
        <Tooltip label={desc ? 'Z → A' : 'A → Z'}>
          <ActionIcon variant="default" size="lg" aria-label={t('sort.label')} onClick={() => setDesc((d) => !d)}>
            {desc ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
          </ActionIcon>
        </Tooltip>
      </Group>
      <Paper withBorder style={{ flex: 1, minHeight: 300, overflow: 'hidden' }}>
        <VirtualList<Facility>
          queryKey={queryKey}
          fetchPage={fetchPage}
          label={t('title')}
          onTotal={setTotal}
          rowKey={(f) => f.id}
          height="calc(100vh - 230px)"
          empty={
            debounced || kind !== 'all' ? (
              <Text c="dimmed">{tc('states.noResults')}</Text>
            ) : (
              <EmptyRegister onSeeded={() => setRefresh((r) => r + 1)} />
            )
          }
          renderRow={(f) => (
            <LinkRow
              href={`#/facilities/${f.id}`}
              testId="facility-row"
              title={f.name}
              subtitle={[f.street, f.commune, f.legacyDistrict].filter(Boolean).join(', ')}
              aside={
                <>
                  <Badge variant="outline">{t(`kinds.${f.kind}`)}</Badge>
                  <Text size="xs" c="dimmed" w={80} ta="right">
                    {formatDate(f.updatedAt.slice(0, 10))}
                  </Text>
                </>
              }
            />
          )}
        />
      </Paper>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('new')} size="xl">
        <FacilityForm
          onCancel={() => setCreating(false)}
          onSaved={(f) => {
            setCreating(false);
            setRefresh((r) => r + 1);
            void qc.invalidateQueries({ queryKey: ['facilities'] });
            notifications.show({ color: 'green', message: t('createdToast', { name: f.name }) });
            navigate(`/facilities/${f.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
