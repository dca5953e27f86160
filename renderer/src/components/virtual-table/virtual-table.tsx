import { Box, Center, Group, Loader, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format';
import { moveIndex } from './page-window';
import { usePagedRows, type PagedSource } from './use-paged-rows';

export interface VirtualColumn<Row> {
  id: string;
  header: ReactNode;
  width?: number;
  align?: 'left' | 'right';
  /** The core's sort key for this column, when the list can be sorted on it. */
  sort?: string;
  cell(row: Row): ReactNode;
}

export interface VirtualSort {
  by: string;
  dir: 'asc' | 'desc';
  onSort(by: string): void;
}

export interface VirtualTableProps<Row> {
  source: PagedSource<Row>;
  columns: readonly VirtualColumn<Row>[];
  rowKey(row: Row): string | number;
  label: string;
  onOpen?(row: Row): void;
  sort?: VirtualSort;
  /** Rows a page asks the core for; the routes accept up to 200. */
  pageSize?: number;
  rowHeight?: number;
  minWidth?: number;
  /** The scroll box's height; without it the table fills what its flex parent leaves. */
  height?: string;
  staleTime?: number;
  /** Shown instead of rows once the core says the list is empty. */
  empty?: ReactNode;
  /** An input where ↑ ↓ Page Up/Down and Enter still move and open, as in a search box. */
  keysFrom?: RefObject<HTMLElement | null>;
  /** The row shown open elsewhere on the screen, kept highlighted. */
  openKey?: string | number | null;
  /** Told the core's count whenever it changes, for screens that show it in their own words. */
  onTotal?(total: number): void;
  testId?: string;
  rowTestId?: string;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * A list of any length the core pages: a fixed row height gives the scroll bar the whole list's size at once,
 * only the rows in view are in the page, and only their pages are fetched. Sorting and filtering stay the core's.
 */
export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { source, columns, rowKey, label, onOpen, sort, keysFrom, openKey, testId, rowTestId } = props;
  const pageSize = props.pageSize ?? 100;
  const rowHeight = props.rowHeight ?? 32;
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ first: 0, last: 0 });
  const rows = usePagedRows(
    source,
    range,
    pageSize,
    props.staleTime === undefined ? {} : { staleTime: props.staleTime },
  );
  const total = rows.total;
  const { onTotal } = props;
  useEffect(() => {
    if (!rows.isPending) onTotal?.(total);
  }, [onTotal, total, rows.isPending]);

  // The sticky header sits above the rows inside the scroll box: rows start below it, and a row scrolled to
  // by the keyboard lands below it rather than under it.
  const headerHeight = rowHeight + 4;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during this render only
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => setRange((r) => (r.first === first && r.last === last ? r : { first, last })), [first, last]);

  // The highlight belongs to one filter and sort: a new one starts at the top, without one.
  const [cursor, setCursor] = useState({ key: source.key, index: -1 });
  const highlighted = cursor.key === source.key ? cursor.index : -1;
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [source.key]);

  const moveTo = (index: number) => {
    if (index < 0) return;
    setCursor({ key: source.key, index });
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  const viewHeight = (virtualizer.scrollRect?.height ?? rowHeight * 12) - headerHeight;
  const perScreen = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('[role="dialog"]')) return;
    const inKeysFrom = keysFrom?.current != null && e.target === keysFrom.current;
    if (isTyping(e.target) && !inKeysFrom) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: perScreen, PageUp: -perScreen };
    if (e.key in step) {
      e.preventDefault();
      moveTo(moveIndex(highlighted, step[e.key]!, total));
    } else if (!inKeysFrom && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      moveTo(e.key === 'Home' ? (total > 0 ? 0 : -1) : total - 1);
    } else if (e.key === 'Enter' && onOpen && highlighted >= 0) {
      if (!inKeysFrom && (e.target as HTMLElement).closest('button, a, [role="button"]')) return;
      const row = rows.rowAt(highlighted);
      if (!row) return;
      e.preventDefault();
      onOpen(row);
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const padTop = (items[0]?.start ?? headerHeight) - headerHeight;
  const padBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  // Rows counted from 1, the one half hidden under the header left out.
  const offset = virtualizer.scrollOffset ?? 0;
  const visibleFirst = Math.min(total, Math.ceil(offset / rowHeight) + 1);
  const visibleLast = Math.min(total, Math.floor((offset + viewHeight) / rowHeight));
  const cellStyle = { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' } as const;

  return (
    <Box
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: props.height ? undefined : 1 }}
      data-testid={testId}
    >
      <Box
        ref={scrollRef}
        h={props.height}
        style={{
          flex: props.height ? undefined : 1,
          minHeight: 0,
          overflow: 'auto',
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
        data-testid={testId ? `${testId}-scroll` : undefined}
      >
        <Table
          stickyHeader
          layout="fixed"
          highlightOnHover
          verticalSpacing={0}
          miw={props.minWidth ?? 720}
          aria-rowcount={total + 1}
          aria-label={label}
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {columns.map((col) => {
                const sorted = col.sort && sort?.by === col.sort ? sort.dir : null;
                return (
                  <Table.Th
                    key={col.id}
                    w={col.width}
                    ta={col.align}
                    h={headerHeight}
                    style={{ whiteSpace: 'nowrap' }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {col.sort && sort ? (
                      <UnstyledButton onClick={() => sort.onSort(col.sort!)} fw={600} fz="sm">
                        <Group gap={4} wrap="nowrap" justify={col.align === 'right' ? 'flex-end' : undefined}>
                          {col.header}
                          {sorted === 'asc' ? (
                            <IconArrowUp size={14} />
                          ) : sorted === 'desc' ? (
                            <IconArrowDown size={14} />
                          ) : (
                            <IconSelector size={14} opacity={0.4} />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      col.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows.rowAt(item.index);
              if (row === undefined) {
                return (
                  <Table.Tr
                    key={`wait-${item.index}`}
                    aria-rowindex={item.index + 2}
                    aria-busy
                    style={{ height: rowHeight }}
                  >
                    <Table.Td colSpan={columns.length}>
                      <Box h={8} w="40%" bg="var(--mantine-color-default-border)" style={{ borderRadius: 4 }} />
                    </Table.Td>
                  </Table.Tr>
                );
              }
              const key = rowKey(row);
              const on = item.index === highlighted || (openKey != null && key === openKey);
              return (
                <Table.Tr
                  key={key}
                  aria-rowindex={item.index + 2}
                  aria-selected={on}
                  data-testid={rowTestId}
                  onClick={onOpen ? () => onOpen(row) : undefined}
                  onMouseMove={() => item.index !== highlighted && setCursor({ key: source.key, index: item.index })}
                  bg={on ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ height: rowHeight, cursor: onOpen ? 'pointer' : undefined }}
                >
                  {columns.map((col) => (
                    <Table.Td key={col.id} ta={col.align} style={cellStyle}>
                      {col.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </Table.Tbody>
        </Table>
        {rows.isSuccess && total === 0 && <Center py="xl">{props.empty}</Center>}
        {rows.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Box>
      <Group justify="flex-end" gap="xs" mih={24} pt={4}>
        {rows.isFetching && !rows.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
        <Text size="xs" c="dimmed" className="tabular" data-testid={testId ? `${testId}-range` : undefined}>
          {total > 0 &&
            t('virtualTable.range', {
              first: formatCount(visibleFirst, i18n.language),
              last: formatCount(visibleLast, i18n.language),
              total: formatCount(total, i18n.language),
            })}
        </Text>
      </Group>
    </Box>
  );
}
