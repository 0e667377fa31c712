import { Badge, Box, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEARCH_ENTITIES, type SearchEntity, type SearchHit } from '../../../src-shared/schemas/search';
import { api } from '../../api/client';
import { VirtualList } from '../../components/VirtualList';
import { PageTitle } from '../../components/PageTitle';

/** Facility-page tab that shows each kind of register record. */
const TAB_OF_ENTITY: Record<string, string> = {
  xray_unit: 'xray',
  sealed_source: 'sources',
  wastewater_system: 'wastewater',
  licence: 'licences',
  worker: 'workers',
};

const COLOR: Record<SearchEntity, string> = {
  facility: 'teal',
  xray_unit: 'blue',
  sealed_source: 'red',
  wastewater_system: 'cyan',
  licence: 'grape',
  worker: 'orange',
};

/** Where a hit leads: the facility page, on the tab of the record, with the record open. */
export function hitHref(hit: SearchHit): string {
  if (hit.entity === 'facility') return `#/facilities/${hit.id}`;
  const tab = TAB_OF_ENTITY[hit.entity];
  return `#/facilities/${hit.facilityId}${tab ? `?tab=${tab}&item=${hit.id}` : ''}`;
}

/** One box across facilities and every register entity, accent-free ("dien bien", "SN-0042"). */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [entity, setEntity] = useState<SearchEntity | 'all'>('all');
  const [total, setTotal] = useState<number | null>(null);
  const [more, setMore] = useState(false);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api('search.all', { query: debounced, entities: entity === 'all' ? undefined : [entity], offset, limit: Math.min(limit, 200) }).then((page) => {
        if (offset === 0) setMore(page.more);
        return page;
      }),
    [debounced, entity],
  );
  // The query stays in the URL, so "back" from a hit returns to the same results.
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, params, setParams]);
  const entityLabel = (e: string) => ((SEARCH_ENTITIES as readonly string[]).includes(e) ? t(`entities.${e as SearchEntity}`) : e);

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <PageTitle>{t('title')}</PageTitle>
        {debounced && total !== null && <Badge variant="light">{more ? t('countMore', { count: total }) : t('count', { count: total })}</Badge>}
      </Group>
      <TextInput
        size="md"
        aria-label={t('title')}
        placeholder={t('placeholder')}
        leftSection={<IconSearch size={18} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        data-autofocus
        autoFocus
      />
      <SegmentedControl
        aria-label={t('all')}
        value={entity}
        onChange={(v) => setEntity(v as SearchEntity | 'all')}
        data={[{ value: 'all', label: t('all') }, ...SEARCH_ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}`) }))]}
        style={{ alignSelf: 'flex-start' }}
      />
      {!debounced ? (
        <Text c="dimmed">{t('hint')}</Text>
      ) : (
        <Paper withBorder style={{ overflow: 'hidden' }}>
          <VirtualList<SearchHit>
            queryKey={JSON.stringify([debounced, entity])}
            fetchPage={fetchPage}
            label={t('title')}
            onTotal={setTotal}
            rowKey={(h) => `${h.entity}:${h.id}`}
            rowHeight={64}
            height="calc(100vh - 270px)"
            empty={<Text c="dimmed">{t('none', { query: debounced })}</Text>}
            renderRow={(h) => (
              <Box
                component="a"
                href={hitHref(h)}
                px="md"
                h="100%"
                data-testid="search-hit"
                style={{ display: 'flex', alignItems: 'center', borderBottom: '1px solid var(--mantine-color-gray-2)', color: 'inherit', textDecoration: 'none' }}
              >
                <Group wrap="nowrap" w="100%" gap="sm">
                  <Badge w={150} variant="light" color={COLOR[h.entity as SearchEntity] ?? 'gray'} style={{ flexShrink: 0 }}>
                    {entityLabel(h.entity)}
                  </Badge>
                  <Box style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} truncate>
                      {h.title}
                    </Text>
                    <Text size="sm" c="dimmed" truncate>
                      {[h.entity === 'facility' ? null : h.facilityName, h.subtitle].filter(Boolean).join(' · ')}
                    </Text>
                  </Box>
                </Group>
              </Box>
            )}
          />
        </Paper>
      )}
    </Stack>
  );
}
