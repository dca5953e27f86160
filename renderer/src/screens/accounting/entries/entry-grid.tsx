import { ActionIcon, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../../shared/domain/money';
import { currentLanguage, translateKey } from '../../../i18n';
import { AccountField } from './account-field';
import { AuxField } from './aux-field';
import { auxKindOf, cellCents, isBlank, nextLine, totalsOf, type DraftLine } from './entry-draft';

interface EntryGridProps {
  lines: DraftLine[];
  onLines(lines: DraftLine[]): void;
  entryLabel: string;
  /** i18n keys of the core's issues, per grid line key and field. */
  errors: Record<number, Record<string, string>>;
}

/** The lines of an entry as a grid: Tab walks the cells, and Tab out of the last one opens a new line. */
export function EntryGrid({ lines, onLines, entryLabel, errors }: EntryGridProps) {
  const { t } = useTranslation();
  const accountRefs = useRef(new Map<number, HTMLInputElement>());
  // The line Tab just opened is focused once it is on screen.
  const focusKey = useRef<number | null>(null);
  useEffect(() => {
    if (focusKey.current === null) return;
    accountRefs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  }, [lines]);

  const patch = (key: number, p: Partial<DraftLine>) => onLines(lines.map((l) => (l.key === key ? { ...l, ...p } : l)));
  const remove = (key: number) => {
    const rest = lines.filter((l) => l.key !== key);
    onLines(rest.length ? rest : [nextLine([])]);
  };
  const onLastCellTab = (e: KeyboardEvent<HTMLInputElement>, line: DraftLine) => {
    if (e.key !== 'Tab' || e.shiftKey || line.key !== lines[lines.length - 1]?.key) return;
    if (line.accountNumber === '') return;
    e.preventDefault();
    const added = nextLine(lines);
    onLines([...lines, added]);
    focusKey.current = added.key;
  };
  // A blank line entered from above takes the remaining difference, as a new line does.
  const prefill = (line: DraftLine) => {
    if (!isBlank(line) || line.debit !== '' || line.credit !== '') return;
    const { debit, credit } = nextLine(lines.filter((l) => l.key !== line.key));
    if (debit || credit) patch(line.key, { debit, credit });
  };
  const totals = totalsOf(lines);
  const lang = currentLanguage();
  const err = (line: DraftLine, field: string) => {
    const key = errors[line.key]?.[field];
    return key ? translateKey(key) : undefined;
  };
  const amountError = (text: string) => (cellCents(text) === null ? t('accounting.entries.badAmount') : undefined);

  return (
    <Table
      layout="fixed"
      verticalSpacing={4}
      withTableBorder
      aria-label={t('accounting.entries.lines')}
      data-testid="entry-grid"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>#</Table.Th>
          <Table.Th w={230}>{t('accounting.entries.account')}</Table.Th>
          <Table.Th w={220}>{t('accounting.entries.aux')}</Table.Th>
          <Table.Th>{t('accounting.entries.lineLabel')}</Table.Th>
          <Table.Th w={130} ta="right">
            {t('accounting.entries.debit')}
          </Table.Th>
          <Table.Th w={130} ta="right">
            {t('accounting.entries.credit')}
          </Table.Th>
          <Table.Th w={44} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => {
          const kind = auxKindOf(line.accountNumber);
          return (
            <Table.Tr
              key={line.key}
              data-testid="entry-line"
              style={{ verticalAlign: 'top' }}
              onFocus={() => prefill(line)}
            >
              <Table.Td>
                <Text size="xs" c="dimmed" pt={6}>
                  {i + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <AccountField
                  number={line.accountNumber}
                  accountLabel={line.accountLabel}
                  onChange={(accountNumber, accountLabel) =>
                    patch(line.key, {
                      accountNumber,
                      accountLabel,
                      ...(accountLabel ? {} : { auxAccountId: null, auxLabel: '' }),
                    })
                  }
                  label={t('accounting.entries.accountOfLine', { n: i + 1 })}
                  error={err(line, 'accountNumber')}
                  inputRef={(el) => {
                    if (el) accountRefs.current.set(line.key, el);
                    else accountRefs.current.delete(line.key);
                  }}
                  testId="line-account"
                />
                <Text size="xs" c="dimmed" truncate="end" mt={2} title={line.accountLabel}>
                  {line.accountLabel || '\u00a0'}
                </Text>
              </Table.Td>
              <Table.Td>
                {kind && (
                  <AuxField
                    kind={kind}
                    text={line.auxLabel}
                    auxAccountId={line.auxAccountId}
                    onChange={(auxAccountId, auxLabel) => patch(line.key, { auxAccountId, auxLabel })}
                    label={t('accounting.entries.auxOfLine', { n: i + 1 })}
                    error={err(line, 'auxAccountId')}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={t('accounting.entries.labelOfLine', { n: i + 1 })}
                  placeholder={entryLabel}
                  value={line.label}
                  error={err(line, 'label')}
                  onChange={(e) => patch(line.key, { label: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="decimal"
                  aria-label={t('accounting.entries.debitOfLine', { n: i + 1 })}
                  styles={{ input: { textAlign: 'right' } }}
                  value={line.debit}
                  error={err(line, 'debit') ?? amountError(line.debit)}
                  onFocus={(e) => e.currentTarget.select()}
                  onChange={(e) => {
                    const debit = e.currentTarget.value;
                    patch(line.key, debit.trim() ? { debit, credit: '' } : { debit });
                  }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  inputMode="decimal"
                  aria-label={t('accounting.entries.creditOfLine', { n: i + 1 })}
                  styles={{ input: { textAlign: 'right' } }}
                  value={line.credit}
                  error={err(line, 'credit') ?? amountError(line.credit)}
                  onFocus={(e) => e.currentTarget.select()}
                  onChange={(e) => {
                    const credit = e.currentTarget.value;
                    patch(line.key, credit.trim() ? { credit, debit: '' } : { credit });
                  }}
                  onKeyDown={(e) => onLastCellTab(e, line)}
                />
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('accounting.entries.removeLine')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    tabIndex={-1}
                    aria-label={t('accounting.entries.removeLineN', { n: i + 1 })}
                    onClick={() => remove(line.key)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={4}>
            <Group gap="xs" justify="flex-end">
              <Text size="sm" fw={600}>
                {t('accounting.entries.totals')}
              </Text>
            </Group>
          </Table.Td>
          <Table.Td ta="right" className="tabular" fw={600} data-testid="total-debit">
            {formatCents(totals.debit, lang)}
          </Table.Td>
          <Table.Td ta="right" className="tabular" fw={600} data-testid="total-credit">
            {formatCents(totals.credit, lang)}
          </Table.Td>
          <Table.Td />
        </Table.Tr>
        <Table.Tr>
          <Table.Td colSpan={4} ta="right">
            <Text size="sm">{t('accounting.entries.difference')}</Text>
          </Table.Td>
          <Table.Td colSpan={2} ta="right" data-testid="entry-difference">
            <Text size="sm" fw={600} className="tabular" c={totals.difference === 0 ? 'teal' : 'red'}>
              {totals.difference === 0 ? t('accounting.entries.balanced') : formatCents(totals.difference, lang)}
            </Text>
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
