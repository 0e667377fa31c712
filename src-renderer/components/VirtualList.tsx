import { Box, Center, Loader, ScrollArea, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageResult<T> {
  rows: T[];
  total: number;
}

interface VirtualListProps<T> {
  /** Changing the key (filters, sort, query) starts over from the first page, scrolled to the top. */
  queryKey: string;
  fetchPage(offset: number, limit: number): Promise<PageResult<T>>;
  renderRow(row: T, index: number): ReactNode;
  /** What the list holds ("Cơ sở", "Cảnh báo"): names the list and its scroll area for screen readers. */
  label: string;
  rowHeight?: number;
  pageSize?: number;
  height?: number | string;
  empty: ReactNode;
  onTotal?(total: number): void;
  rowKey(row: T): string;
}

/**
 * A list that stays smooth with 100,000 rows: only visible rows are rendered (TanStack
 * Virtual) and only the pages around them are fetched (server-side filter, sort and paging).
 * It is a real list for assistive technology (`list` / `listitem` with position and size), its
 * scroll area is a keyboard stop (arrows, Page Up/Down, Home/End), and a new query starts at the
 * top: answers to the previous query's page requests are dropped.
 */
export function VirtualList<T>({ queryKey, fetchPage, renderRow, label, rowHeight = 56, pageSize = 100, height = '100%', empty, onTotal, rowKey }: VirtualListProps<T>) {
  const { t } = useTranslation('a11y');
  const [total, setTotal] = useState<number | null>(null);
  const pages = useRef(new Map<number, T[]>());
  const loading = useRef(new Set<number>());
  const [, setVersion] = useState(0);
  const generation = useRef(0);
  const parentRef = useRef<HTMLDivElement>(null);
  const totalRef = useRef<number | null>(null);

  const load = useCallback(
    (page: number) => {
      const known = totalRef.current;
      if (known !== null && page * pageSize >= known) return;
      if (pages.current.has(page) || loading.current.has(page)) return;
      const gen = generation.current;
      const inFlight = loading.current;
      inFlight.add(page);
      fetchPage(page * pageSize, pageSize)
        .then((res) => {
          // An answer for a previous query (filters, text) is stale: its rows and total are dropped.
          if (gen !== generation.current) return;
          pages.current.set(page, res.rows);
          totalRef.current = res.total;
          setTotal(res.total);
          onTotal?.(res.total);
          setVersion((v) => v + 1);
        })
        .finally(() => inFlight.delete(page));
    },
    [fetchPage, pageSize, onTotal],
  );

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 800, height: 600 },
  });

  // The effects below run for a new query or a new window of rows, with the latest loader.
  const loadRef = useRef(load);
  const virtualizerRef = useRef(virtualizer);
  useLayoutEffect(() => {
    loadRef.current = load;
    virtualizerRef.current = virtualizer;
  });

  // A new query: forget every page, scroll to the top, then fetch its first page.
  useLayoutEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    totalRef.current = null;
    setTotal(null);
    if (parentRef.current) parentRef.current.scrollTop = 0;
    virtualizerRef.current.scrollToOffset(0);
    loadRef.current(0);
  }, [queryKey]);

  const items = total === null ? [] : virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;
  useEffect(() => {
    if (first === undefined || last === undefined) return;
    for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) load(p);
  }, [first, last, load, pageSize]);

  return (
    <ScrollArea
      viewportRef={parentRef}
      h={total === null || total === 0 ? undefined : height}
      type="auto"
      data-testid="virtual-list"
      viewportProps={{ tabIndex: 0, role: 'group', 'aria-label': t('list.scroll', { name: label }), 'aria-busy': total === null, ...{ 'data-virtual-viewport': '' } }}
    >
      {total === null ? (
        <Center h={120}>
          <Loader size="sm" />
        </Center>
      ) : total === 0 ? (
        <Box p="md">{empty}</Box>
      ) : (
        <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.current.get(Math.floor(item.index / pageSize))?.[item.index % pageSize];
            return (
              <div
                key={row ? rowKey(row) : `loading-${item.index}`}
                role="listitem"
                aria-posinset={item.index + 1}
                aria-setsize={total}
                data-virtual-row=""
                data-index={item.index}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  renderRow(row, item.index)
                ) : (
                  <Text c="dimmed" p="sm">
                    {t('list.loadingRow', { n: item.index + 1 })}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
      )}
    </ScrollArea>
  );
}
