import { ActionIcon, Badge, Checkbox, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenItem } from '../../../../../shared/contract/accounting-lettering';
import { formatCents } from '../../../../../shared/domain/money';
import { formatDate } from '../../../components/format';
import type { Selection } from './selection';

interface Props {
  rows: readonly OpenItem[];
  selection: Selection;
  onToggle(item: OpenItem): void;
  /** Absent when the session may not letter. */
  onUnletter?: (item: OpenItem) => void;
}

/** Moves focus to the row above or below: rows are the list's tab stops. */
function focusSibling(row: HTMLElement, down: boolean) {
  const next = down ? row.nextElementSibling : row.previousElementSibling;
  if (next instanceof HTMLElement) next.focus();
}

export function OpenItemsTable({ rows, selection, onToggle, onUnletter }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const amount = (cents: number) => (cents ? formatCents(cents, lang) : '');
  const selectable = (item: OpenItem) => item.letter === null && onUnletter !== undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, item: OpenItem) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === ' ') {
      e.preventDefault();
      if (selectable(item)) onToggle(item);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusSibling(e.currentTarget, e.key === 'ArrowDown');
    }
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover stickyHeader aria-label={t('lettering.title')} aria-describedby="lettering-keyboard">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('lettering.columns.select')}</VisuallyHidden>
            </Table.Th>
            <Table.Th w={100}>{t('lettering.columns.date')}</Table.Th>
            <Table.Th w={70}>{t('lettering.columns.journal')}</Table.Th>
            <Table.Th w={140}>{t('lettering.columns.number')}</Table.Th>
            <Table.Th>{t('lettering.columns.label')}</Table.Th>
            <Table.Th w={120}>{t('lettering.columns.reference')}</Table.Th>
            <Table.Th w={100}>{t('lettering.columns.dueDate')}</Table.Th>
            <Table.Th w={120} ta="right">
              {t('lettering.columns.debit')}
            </Table.Th>
            <Table.Th w={120} ta="right">
              {t('lettering.columns.credit')}
            </Table.Th>
            <Table.Th w={90}>{t('lettering.columns.letter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => {
            const ticked = selection.has(item.id);
            return (
              <Table.Tr
                key={item.id}
                tabIndex={0}
                data-testid="open-item"
                aria-selected={ticked}
                bg={ticked ? 'var(--mantine-primary-color-light)' : undefined}
                onKeyDown={(e) => onKeyDown(e, item)}
              >
                <Table.Td>
                  <Checkbox
                    tabIndex={-1}
                    size="xs"
                    checked={ticked}
                    disabled={!selectable(item)}
                    onChange={() => onToggle(item)}
                    aria-label={t('lettering.selectRow', { label: item.label })}
                  />
                </Table.Td>
                <Table.Td className="tabular">{formatDate(item.date, i18n.language)}</Table.Td>
                <Table.Td>{item.journalCode}</Table.Td>
                <Table.Td ff="monospace" fz="xs">
                  {item.entryNumber}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {item.label}
                  </Text>
                </Table.Td>
                <Table.Td>{item.reference}</Table.Td>
                <Table.Td className="tabular">{item.dueDate ? formatDate(item.dueDate, i18n.language) : ''}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {amount(item.debit)}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {amount(item.credit)}
                </Table.Td>
                <Table.Td>
                  {item.letter && (
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
                            onClick={() => onUnletter(item)}
                          >
                            <IconLinkOff size={14} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
