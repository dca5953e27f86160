import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  JournalReportInput,
  LedgerInput,
  LedgerLine,
  TrialBalanceInput,
} from '../../../../../shared/contract/accounting-reports';
import { dateLabel } from '../../../../../shared/i18n/report-labels';
import { useQueryRoute } from '../../../api/hooks';
import { currentLanguage } from '../../../i18n';
import { Amount, linkRowProps, NumTh, ReportState, useLabels } from './report-cells';

/** Balance générale: one row per account, a row opens the account's ledger. */
export function TrialBalanceReport({
  input,
  onAccount,
}: {
  input: TrialBalanceInput;
  onAccount(number: string): void;
}) {
  const L = useLabels();
  const q = useQueryRoute('accounting.report.trialBalance', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <Table withTableBorder highlightOnHover stickyHeader data-testid="report-table" aria-label={L.titles.trialBalance}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={120}>{L.columns.account}</Table.Th>
          <Table.Th>{L.columns.label}</Table.Th>
          <NumTh w={150}>{L.columns.debit}</NumTh>
          <NumTh w={150}>{L.columns.credit}</NumTh>
          <NumTh w={150}>{L.columns.balance}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.rows.map((r) => (
          <Table.Tr key={r.accountNumber} data-testid="report-row" {...linkRowProps(() => onAccount(r.accountNumber))}>
            <Table.Td ff="monospace">{r.accountNumber}</Table.Td>
            <Table.Td>{r.accountLabel}</Table.Td>
            <Amount cents={r.debit} />
            <Amount cents={r.credit} />
            <Amount cents={r.balance} />
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={2} fw={700}>
            {L.rows.total}
          </Table.Td>
          <Amount cents={q.data.totals.debit} bold />
          <Amount cents={q.data.totals.credit} bold />
          <Amount cents={q.data.totals.balance} bold />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function LedgerLines({ lines, onEntry }: { lines: readonly LedgerLine[]; onEntry(id: number): void }) {
  const lang = currentLanguage();
  return lines.map((l) => (
    <Table.Tr key={l.lineId} data-testid="ledger-line" {...linkRowProps(() => onEntry(l.entryId))}>
      <Table.Td className="tabular">{dateLabel(lang, l.date)}</Table.Td>
      <Table.Td>{l.journalCode}</Table.Td>
      <Table.Td ff="monospace">{l.number}</Table.Td>
      <Table.Td>{l.label}</Table.Td>
      <Table.Td>{l.reference ?? ''}</Table.Td>
      <Amount cents={l.debit} blankZero />
      <Amount cents={l.credit} blankZero />
      <Amount cents={l.balance} />
      <Table.Td>{l.letter ?? ''}</Table.Td>
    </Table.Tr>
  ));
}

export function LedgerHead() {
  const L = useLabels();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={100}>{L.columns.date}</Table.Th>
        <Table.Th w={70}>{L.columns.journal}</Table.Th>
        <Table.Th w={140}>{L.columns.number}</Table.Th>
        <Table.Th>{L.columns.label}</Table.Th>
        <Table.Th w={110}>{L.columns.reference}</Table.Th>
        <NumTh w={120}>{L.columns.debit}</NumTh>
        <NumTh w={120}>{L.columns.credit}</NumTh>
        <NumTh w={130}>{L.columns.balance}</NumTh>
        <Table.Th w={50}>{L.columns.letter}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

/** One account's movements between an opening and a closing balance. */
export function LedgerBlock(props: {
  opening: number;
  lines: readonly LedgerLine[];
  totalDebit: number;
  totalCredit: number;
  closing: number;
  onEntry(id: number): void;
}) {
  const L = useLabels();
  return (
    <>
      <Table.Tr>
        <Table.Td colSpan={7} fs="italic">
          {L.rows.opening}
        </Table.Td>
        <Amount cents={props.opening} />
        <Table.Td />
      </Table.Tr>
      <LedgerLines lines={props.lines} onEntry={props.onEntry} />
      <Table.Tr>
        <Table.Td colSpan={5} fw={700}>
          {L.rows.accountTotal}
        </Table.Td>
        <Amount cents={props.totalDebit} bold />
        <Amount cents={props.totalCredit} bold />
        <Amount cents={props.closing} bold />
        <Table.Td />
      </Table.Tr>
    </>
  );
}

/** Grand livre: every account of the range, a line opens its entry. */
export function LedgerReport({ input, onEntry }: { input: LedgerInput; onEntry(id: number): void }) {
  const { t } = useTranslation();
  const L = useLabels();
  const q = useQueryRoute('accounting.report.ledger', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <Stack gap="sm">
      {q.data.truncated && <Alert color="orange">{t('accounting.reports.truncated')}</Alert>}
      {q.data.accounts.length === 0 && <Text c="dimmed">{t('accounting.reports.empty')}</Text>}
      <Table withTableBorder highlightOnHover data-testid="report-table" aria-label={L.titles.ledger}>
        <LedgerHead />
        <Table.Tbody>
          {q.data.accounts.map((a) => (
            <Fragment key={a.accountNumber}>
              <Table.Tr bg="var(--mantine-color-default-hover)">
                <Table.Td colSpan={9}>
                  <Title order={3} size="sm">
                    {a.accountNumber} · {a.accountLabel}
                  </Title>
                </Table.Td>
              </Table.Tr>
              <LedgerBlock {...a} onEntry={onEntry} />
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Journal: the entries in order, their lines, and the totals per journal. */
export function JournalReportView({ input, onEntry }: { input: JournalReportInput; onEntry(id: number): void }) {
  const L = useLabels();
  const lang = currentLanguage();
  const q = useQueryRoute('accounting.report.journal', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <Stack gap="md">
      <Table withTableBorder highlightOnHover data-testid="report-table" aria-label={L.titles.journal}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{L.columns.account}</Table.Th>
            <Table.Th>{L.columns.label}</Table.Th>
            <NumTh w={140}>{L.columns.debit}</NumTh>
            <NumTh w={140}>{L.columns.credit}</NumTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {q.data.entries.map((e) => (
            <Fragment key={e.entryId}>
              <Table.Tr bg="var(--mantine-color-default-hover)" {...linkRowProps(() => onEntry(e.entryId))}>
                <Table.Td colSpan={4} fw={600}>
                  {dateLabel(lang, e.date)} · {e.journalCode} {e.number} · {e.label}
                  {e.reference ? ` · ${e.reference}` : ''}
                </Table.Td>
              </Table.Tr>
              {e.lines.map((l) => (
                <Table.Tr key={l.lineId}>
                  <Table.Td ff="monospace">{l.auxNumber ?? l.accountNumber}</Table.Td>
                  <Table.Td>{l.label ?? l.accountLabel}</Table.Td>
                  <Amount cents={l.debit} blankZero />
                  <Amount cents={l.credit} blankZero />
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      <Table withTableBorder aria-label={L.rows.journalTotal} maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{L.columns.journal}</Table.Th>
            <NumTh w={140}>{L.columns.debit}</NumTh>
            <NumTh w={140}>{L.columns.credit}</NumTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {q.data.journals.map((j) => (
            <Table.Tr key={j.journalCode}>
              <Table.Td>
                {j.journalCode} · {j.journalLabel}
              </Table.Td>
              <Amount cents={j.debit} />
              <Amount cents={j.credit} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td fw={700}>{L.rows.total}</Table.Td>
            <Amount cents={q.data.totals.debit} bold />
            <Amount cents={q.data.totals.credit} bold />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Stack>
  );
}
