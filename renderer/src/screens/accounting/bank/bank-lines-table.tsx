import { ActionIcon, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconRestore } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankLineStatus } from '../../../../../shared/contract/accounting-bank';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { Pager } from '../../../components/pager';
import { ScreenLoader } from '../../../components/screen-loader';
import { BankLineActions } from './bank-line-actions';
import { day, money } from './bank-values';

const PAGE_SIZE = 50;
const STATUS_COLOR = { open: 'orange', matched: 'green', ignored: 'gray' } as const;

/** The account's bank lines, newest first, filtered by status; an open line unfolds into what can be done with it. */
export function BankLinesTable({ bankAccountId }: { bankAccountId: number }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<BankLineStatus | 'all'>('open');
  const [page, setPage] = useState(0);
  const [unfolded, setUnfolded] = useState<number | null>(null);
  const lines = useQueryRoute(
    'accounting.bankline.list',
    {
      bankAccountId,
      status: status === 'all' ? undefined : status,
      sort: 'date',
      dir: 'desc',
      page,
      pageSize: PAGE_SIZE,
    },
    { placeholderData: (prev) => prev },
  );
  const unignore = useMutationRoute('accounting.bankline.unignore', {
    invalidates: ['accounting.bankline.list', 'accounting.bankaccount.reconciliation'],
  });
  const pages = lines.data ? Math.ceil(lines.data.total / PAGE_SIZE) : 0;

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
            setPage(0);
          }}
          data={(['open', 'matched', 'ignored', 'all'] as const).map((s) => ({
            value: s,
            label: t(`bank.lines.filter.${s}`),
          }))}
        />
      </Group>
      {!lines.data ? (
        <ScreenLoader />
      ) : lines.data.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('bank.lines.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('bank.lines.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36} />
                <Table.Th>{t('bank.lines.date')}</Table.Th>
                <Table.Th>{t('bank.lines.label')}</Table.Th>
                <Table.Th>{t('bank.lines.reference')}</Table.Th>
                <Table.Th ta="right">{t('bank.lines.amount')}</Table.Th>
                <Table.Th>{t('bank.lines.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.data.rows.map((l) => (
                <Fragment key={l.id}>
                  <Table.Tr data-testid="bank-line">
                    <Table.Td>
                      {l.status === 'open' && (
                        <Tooltip label={t('bank.lines.treat')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('bank.lines.treat')} ${l.label}`}
                            aria-expanded={unfolded === l.id}
                            onClick={() => setUnfolded(unfolded === l.id ? null : l.id)}
                          >
                            {unfolded === l.id ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {l.status === 'ignored' && (
                        <Tooltip label={t('bank.post.unignore')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('bank.post.unignore')}
                            onClick={() => void unignore.mutateAsync({ id: l.id }).catch(() => undefined)}
                          >
                            <IconRestore size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                    <Table.Td className="tabular">{day(l.date, i18n.language)}</Table.Td>
                    <Table.Td>{l.label}</Table.Td>
                    <Table.Td>{l.reference}</Table.Td>
                    <Table.Td ta="right" className="tabular" c={l.amount < 0 ? 'red.8' : 'green.8'}>
                      {money(l.amount, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[l.status]}>
                        {t(`bank.lines.statuses.${l.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  {unfolded === l.id && l.status === 'open' && (
                    <Table.Tr>
                      <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                        <BankLineActions line={l} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Group justify="flex-end">
          <Pager page={page} pages={pages} onPage={setPage} />
        </Group>
      )}
      {status !== 'open' && lines.data?.rows.length === 0 && (
        <Button variant="subtle" onClick={() => setStatus('open')}>
          {t('bank.lines.filter.open')}
        </Button>
      )}
    </Stack>
  );
}
