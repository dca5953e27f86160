import {
  ActionIcon,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconRestore } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BANK_LINE_SORTS, BankLine, BankLineStatus } from '../../../../../shared/contract/accounting-bank';
import { useMutationRoute } from '../../../api/hooks';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { BankLineActions } from './bank-line-actions';
import { day, money } from './bank-values';

type BankLineSort = (typeof BANK_LINE_SORTS)[number];

const STATUS_COLOR = { open: 'orange', matched: 'green', ignored: 'gray' } as const;
// Below the account, its reconciliation and the filter, the list keeps most of the window.
const LIST_HEIGHT = 'max(360px, calc(100dvh - 250px))';
// A short list is only as tall as its rows (32 px under a 36 px header, in a bordered box, room left for a
// horizontal scroll bar), so that a line opened below it stays near it.
const fitted = (rows: number) => `min(${LIST_HEIGHT}, ${38 + 16 + Math.max(rows, 4) * 32}px)`;

/**
 * The account's bank lines, newest first, filtered by status, in one scrolling list; an open line opens below the
 * list into what can be done with it.
 */
export function BankLinesTable({ bankAccountId }: { bankAccountId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<BankLineStatus | 'all'>('open');
  const [sort, setSort] = useState<{ by: BankLineSort; dir: 'asc' | 'desc' }>({ by: 'date', dir: 'desc' });
  const [unfolded, setUnfolded] = useState<BankLine | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const source = useRouteSource('accounting.bankline.list', {
    bankAccountId,
    ...(status === 'all' ? {} : { status }),
    sort: sort.by,
    dir: sort.dir,
  });
  const { mutateAsync: unignore } = useMutationRoute('accounting.bankline.unignore', {
    invalidates: ['accounting.bankline.list', 'accounting.bankaccount.reconciliation'],
  });
  const unfoldedId = unfolded?.id ?? null;
  useEffect(() => {
    if (unfoldedId !== null) panelRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [unfoldedId]);

  const columns = useMemo<VirtualColumn<BankLine>[]>(() => {
    const toggle = (l: BankLine) => setUnfolded((u) => (u?.id === l.id ? null : l));
    return [
      {
        id: 'action',
        header: '',
        width: 48,
        cell: (l) =>
          l.status === 'open' ? (
            <Tooltip label={t('bank.lines.treat')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={`${t('bank.lines.treat')} ${l.label}`}
                aria-expanded={unfoldedId === l.id}
                onClick={(e) => {
                  // The row opens the line too: the button alone must not open and close it at once.
                  e.stopPropagation();
                  toggle(l);
                }}
              >
                {unfoldedId === l.id ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              </ActionIcon>
            </Tooltip>
          ) : l.status === 'ignored' ? (
            <Tooltip label={t('bank.post.unignore')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="gray"
                aria-label={t('bank.post.unignore')}
                onClick={(e) => {
                  e.stopPropagation();
                  void unignore({ id: l.id }).catch(() => undefined);
                }}
              >
                <IconRestore size={16} />
              </ActionIcon>
            </Tooltip>
          ) : null,
      },
      {
        id: 'date',
        header: t('bank.lines.date'),
        sort: 'date',
        width: 110,
        cell: (l) => <span className="tabular">{day(l.date, lang)}</span>,
      },
      {
        id: 'label',
        header: t('bank.lines.label'),
        cell: (l) => <span title={l.label}>{l.label}</span>,
      },
      {
        id: 'reference',
        header: t('bank.lines.reference'),
        width: 170,
        cell: (l) => <span title={l.reference ?? undefined}>{l.reference ?? ''}</span>,
      },
      {
        id: 'amount',
        header: t('bank.lines.amount'),
        sort: 'amount',
        align: 'right',
        width: 140,
        cell: (l) => (
          <Text span size="sm" className="tabular" c={l.amount < 0 ? 'red.8' : 'green.8'}>
            {money(l.amount, lang)}
          </Text>
        ),
      },
      {
        id: 'status',
        header: t('bank.lines.status'),
        width: 130,
        cell: (l) => (
          <Badge variant="light" color={STATUS_COLOR[l.status]}>
            {t(`bank.lines.statuses.${l.status}`)}
          </Badge>
        ),
      },
    ];
  }, [t, lang, unfoldedId, unignore]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('bank.lines.title')}
        </Title>
        <SegmentedControl
          value={status}
          onChange={(v) => {
            setStatus(v as BankLineStatus | 'all');
            setUnfolded(null);
          }}
          data={(['open', 'matched', 'ignored', 'all'] as const).map((s) => ({
            value: s,
            label: t(`bank.lines.filter.${s}`),
          }))}
        />
      </Group>
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(l) => l.id}
        label={t('bank.lines.title')}
        onOpen={(l) => l.status === 'open' && setUnfolded((u) => (u?.id === l.id ? null : l))}
        openKey={unfoldedId}
        sort={{
          by: sort.by,
          dir: sort.dir,
          onSort: (by) =>
            setSort((s) => ({ by: by as BankLineSort, dir: s.by === by && s.dir === 'desc' ? 'asc' : 'desc' })),
        }}
        height={total === null ? LIST_HEIGHT : fitted(total)}
        onTotal={setTotal}
        minWidth={760}
        testId="bank-lines"
        rowTestId="bank-line"
        empty={
          <Stack align="center" gap="xs">
            <Text c="dimmed" size="sm">
              {t('bank.lines.none')}
            </Text>
            {status !== 'open' && (
              <Button variant="subtle" onClick={() => setStatus('open')}>
                {t('bank.lines.filter.open')}
              </Button>
            )}
          </Stack>
        }
      />
      {unfolded && (
        <Paper ref={panelRef} withBorder bg="var(--mantine-color-gray-0)" data-testid="bank-line-panel">
          <Group justify="space-between" wrap="nowrap" px="sm" pt="sm">
            <Text size="sm" fw={600} truncate="end">
              <span className="tabular">{day(unfolded.date, lang)}</span> · {unfolded.label} ·{' '}
              <span className="tabular">{money(unfolded.amount, lang)}</span>
            </Text>
            <CloseButton aria-label={t('common.close')} onClick={() => setUnfolded(null)} />
          </Group>
          <BankLineActions key={unfolded.id} line={unfolded} onDone={() => setUnfolded(null)} />
        </Paper>
      )}
    </Stack>
  );
}
