import { Box, Center, Loader, ScrollArea, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export interface PageResult<T> {
  rows: T[];
  total: number;
}

interface VirtualListProps<T> {
  /** Changing the key (filters, sort, query) starts over from the first page. */
  queryKey: string;
  fetchPage(offset: number, limit: number): Promise<PageResult<T>>;
  renderRow(row: T, index: number): ReactNode;
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
 */
export function VirtualList<T>({ queryKey, fetchPage, renderRow, rowHeight = 56, pageSize = 100, height = '100%', empty, onTotal, rowKey }: VirtualListProps<T>) {
  const [total, setTotal] = useState<number | null>(null);
  const pages = useRef(new Map<number, T[]>());
  const loading = useRef(new Set<number>());
  const [, setVersion] = useState(0);
  const generation = useRef(0);
  const parentRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      loading.current.add(page);
      const gen = generation.current;
      fetchPage(page * pageSize, pageSize)
        .then((res) => {
          if (gen !== generation.current) return;
          pages.current.set(page, res.rows);
          setTotal(res.total);
          onTotal?.(res.total);
          setVersion((v) => v + 1);
        })
        .finally(() => loading.current.delete(page));
    },
    [fetchPage, pageSize, onTotal],
  );

  // A new query starts over from its first page (with the `load` of this render).
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  }, [load]);
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    setTotal(null);
    latestLoad.current(0);
  }, [queryKey]);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 800, height: 600 },
  });

  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    const first = items[0]?.index;
    const last = items[items.length - 1]?.index;
    if (first === undefined || last === undefined) return;
    for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) load(p);
  }, [items, load, pageSize]);

  if (total === null)
    return (
      <Center h={120}>
        <Loader size="sm" />
      </Center>
    );
  if (total === 0) return <Box p="md">{empty}</Box>;

  return (
    <ScrollArea viewportRef={parentRef} h={height} type="auto" data-testid="virtual-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = pages.current.get(Math.floor(item.index / pageSize))?.[item.index % pageSize];
          return (
            <div
              key={row ? rowKey(row) : `loading-${item.index}`}
              role="listitem"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {row ? renderRow(row, item.index) : <Text c="dimmed" p="sm">…</Text>}
            </div>
          );
        })}
      </div>
    </ScrollArea>
  );
}
