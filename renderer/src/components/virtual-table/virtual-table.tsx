import { Box, Center, Group, Loader, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format';
import { moveIndex } from './page-window';
import {
  SCROLL_CEILING,
  currentOffset,
  offsetShowing,
  rowsAt,
  rowsLayout,
  rowsShown,
  scrollSpace,
  scrollTopFor,
} from './scroll-map';
import { useScrollBox } from './use-scroll-box';
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
  /**
   * The tallest the scroll box's content grows; a longer list keeps this height and its scroll position is
   * scaled onto the whole list.
   */
  maxScrollHeight?: number;
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
 * Past the browser's ceiling on an element's height the scroll position is scaled onto the list (scroll-map.ts):
 * TanStack Virtual reads the box's own scroll height as the furthest offset, which a scaled list cannot give it,
 * so the window is computed here.
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
  const box = useScrollBox(scrollRef);
  const space = scrollSpace({
    count: total,
    rowHeight,
    headerHeight,
    viewHeight: box.height || rowHeight * 12,
    ceiling: props.maxScrollHeight ?? SCROLL_CEILING,
  });
  const offset = currentOffset(box.scrollTop, box.pin, space);
  const drawn = rowsAt(offset, space, 10);
  const { first, last } = drawn;
  // The pages to fetch follow the rows drawn, which follow the count the pages bring: the window is kept as
  // state and brought up to date during render.
  const wanted = { first: Math.max(0, first), last: Math.max(0, last) };
  if (range.first !== wanted.first || range.last !== wanted.last) setRange(wanted);

  // The highlight belongs to one filter and sort: a new one starts at the top, without one.
  const [cursor, setCursor] = useState({ key: source.key, index: -1 });
  const highlighted = cursor.key === source.key ? cursor.index : -1;
  const { scrollTo } = box;
  useEffect(() => scrollTo(0), [scrollTo, source.key]);

  const moveTo = (index: number) => {
    if (index < 0) return;
    setCursor({ key: source.key, index });
    const next = offsetShowing(index, offset, space);
    if (next !== offset) scrollTo(scrollTopFor(next, space), { offset: next, offsetMax: space.offsetMax });
  };
  const viewHeight = space.viewHeight - headerHeight;
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

  const { padTop, shift, padBottom } = rowsLayout(box.scrollTop, offset, drawn, space);
  const indexes = first < 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // Rows counted from 1, the one half hidden under the header left out.
  const shown = rowsShown(offset, space);
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
        {/* A scaled list's content keeps the ceiling's height: rows drawn past it near the end are clipped. */}
        <div style={space.scaled ? { height: space.contentHeight, overflowY: 'clip' } : undefined}>
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
            <Table.Tbody style={shift < 0 ? { transform: `translateY(${shift}px)` } : undefined}>
              {padTop > 0 && (
                <tr aria-hidden>
                  <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {indexes.map((index) => {
                const row = rows.rowAt(index);
                if (row === undefined) {
                  return (
                    <Table.Tr key={`wait-${index}`} aria-rowindex={index + 2} aria-busy style={{ height: rowHeight }}>
                      <Table.Td colSpan={columns.length}>
                        <Box h={8} w="40%" bg="var(--mantine-color-default-border)" style={{ borderRadius: 4 }} />
                      </Table.Td>
                    </Table.Tr>
                  );
                }
                const key = rowKey(row);
                const on = index === highlighted || (openKey != null && key === openKey);
                return (
                  <Table.Tr
                    key={key}
                    aria-rowindex={index + 2}
                    aria-selected={on}
                    data-testid={rowTestId}
                    onClick={onOpen ? () => onOpen(row) : undefined}
                    onMouseMove={() => index !== highlighted && setCursor({ key: source.key, index })}
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
        </div>
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
              first: formatCount(shown.first, i18n.language),
              last: formatCount(shown.last, i18n.language),
              total: formatCount(total, i18n.language),
            })}
        </Text>
      </Group>
    </Box>
  );
}
