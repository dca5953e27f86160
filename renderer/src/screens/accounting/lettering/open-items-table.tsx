import { ActionIcon, Badge, Box, Checkbox, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenItem } from '../../../../../shared/contract/accounting-lettering';
import { formatCents } from '../../../../../shared/domain/money';
import { formatDate } from '../../../components/format';
import type { PagedSource } from '../../../components/virtual-table/use-paged-rows';
import { VirtualTable, type VirtualColumn, type VirtualSort } from '../../../components/virtual-table/virtual-table';
import type { Selection } from './selection';

interface Props {
  source: PagedSource<OpenItem>;
  /** Rows a page asks the core for. */
  pageSize: number;
  sort: VirtualSort;
  selection: Selection;
  onToggle(item: OpenItem): void;
  /** Absent when the session may not letter. */
  onUnletter?: (item: OpenItem) => void;
  height: string;
}

/** Keys typed into a field or on a control are theirs. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, button, a, [role="button"], [contenteditable="true"]') !== null
  );
}

/**
 * A third party's lines in one scrolling list. A click, Enter or Space ticks the highlighted line; the arrows,
 * Page Up/Down, Home and End move the highlight. The ticks live in the selection, by id, wherever the list scrolls.
 */
export function OpenItemsTable({ source, pageSize, sort, selection, onToggle, onUnletter, height }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const boxRef = useRef<HTMLDivElement>(null);
  const canTick = onUnletter !== undefined;

  // The table answers Enter on the highlighted row; Space, the lettering screen's key, does as Enter does.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== ' ' || !canTick || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isControl(e.target) || document.querySelector('[role="dialog"]')) return;
    const row = boxRef.current?.querySelector<HTMLElement>('tbody tr[aria-selected="true"]');
    if (!row) return;
    e.preventDefault();
    row.click();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const columns = useMemo<VirtualColumn<OpenItem>[]>(() => {
    const amount = (cents: number) => (cents ? formatCents(cents, lang) : '');
    const selectable = (item: OpenItem) => item.letter === null && canTick;
    return [
      {
        id: 'select',
        header: <VisuallyHidden>{t('lettering.columns.select')}</VisuallyHidden>,
        width: 40,
        cell: (item) => (
          <Checkbox
            tabIndex={-1}
            size="xs"
            checked={selection.has(item.id)}
            disabled={!selectable(item)}
            onChange={() => onToggle(item)}
            // The row ticks the line too: the box alone must not tick and untick it at once.
            onClick={(e) => e.stopPropagation()}
            aria-label={t('lettering.selectRow', { label: item.label })}
          />
        ),
      },
      {
        id: 'date',
        header: t('lettering.columns.date'),
        sort: 'date',
        width: 108,
        cell: (item) => <span className="tabular">{formatDate(item.date, i18n.language)}</span>,
      },
      { id: 'journal', header: t('lettering.columns.journal'), width: 76, cell: (item) => item.journalCode },
      {
        id: 'number',
        header: t('lettering.columns.number'),
        width: 120,
        cell: (item) => (
          <Text span ff="monospace" fz="xs">
            {item.entryNumber}
          </Text>
        ),
      },
      {
        id: 'label',
        header: t('lettering.columns.label'),
        cell: (item) => <span title={item.label}>{item.label}</span>,
      },
      {
        id: 'reference',
        header: t('lettering.columns.reference'),
        width: 100,
        cell: (item) => <span title={item.reference ?? undefined}>{item.reference ?? ''}</span>,
      },
      {
        id: 'dueDate',
        header: t('lettering.columns.dueDate'),
        sort: 'dueDate',
        width: 110,
        cell: (item) => <span className="tabular">{item.dueDate ? formatDate(item.dueDate, i18n.language) : ''}</span>,
      },
      {
        id: 'debit',
        header: t('lettering.columns.debit'),
        align: 'right',
        width: 105,
        cell: (item) => <span className="tabular">{amount(item.debit)}</span>,
      },
      {
        id: 'credit',
        header: t('lettering.columns.credit'),
        align: 'right',
        width: 105,
        cell: (item) => <span className="tabular">{amount(item.credit)}</span>,
      },
      {
        id: 'letter',
        header: t('lettering.columns.letter'),
        width: 80,
        cell: (item) =>
          item.letter && (
            <Group gap={4} wrap="nowrap">
              <Badge variant="light" radius="sm" data-testid="letter">
                {item.letter}
              </Badge>
              {onUnletter && (
                <Tooltip label={t('lettering.unletter', { letter: item.letter })}>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('lettering.unletter', { letter: item.letter })}
                    onClick={(e) => {
                      e.stopPropagation();
                      onUnletter(item);
                    }}
                  >
                    <IconLinkOff size={14} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ),
      },
    ];
  }, [t, lang, i18n.language, selection, onToggle, onUnletter, canTick]);

  return (
    <Box ref={boxRef}>
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(item) => item.id}
        label={t('lettering.title')}
        onOpen={canTick ? (item) => item.letter === null && onToggle(item) : undefined}
        sort={sort}
        pageSize={pageSize}
        height={height}
        minWidth={1000}
        testId="open-items"
        rowTestId="open-item"
        empty={<Text c="dimmed">{t('lettering.empty')}</Text>}
      />
    </Box>
  );
}
