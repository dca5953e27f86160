import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgedInput, AuxBalanceInput, AuxLedgerInput } from '../../../../../shared/contract/accounting-reports';
import { useQueryRoute } from '../../../api/hooks';
import { Amount, linkRowProps, NumTh, ReportState, useLabels } from './report-cells';
import { LedgerBlock, LedgerHead } from './report-ledgers';

/** Balance auxiliaire: one row per customer or supplier, a row opens its ledger. */
export function AuxBalanceReport({ input, onAux }: { input: AuxBalanceInput; onAux(id: number): void }) {
  const L = useLabels();
  const q = useQueryRoute('accounting.report.auxBalance', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <Table withTableBorder highlightOnHover data-testid="report-table" aria-label={L.titles.auxBalance}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{L.columns.auxNumber}</Table.Th>
          <Table.Th>{L.columns.label}</Table.Th>
          <Table.Th w={100}>{L.columns.controlNumber}</Table.Th>
          <NumTh w={140}>{L.columns.debit}</NumTh>
          <NumTh w={140}>{L.columns.credit}</NumTh>
          <NumTh w={140}>{L.columns.balance}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.rows.map((r) => (
          <Table.Tr key={r.auxAccountId} data-testid="report-row" {...linkRowProps(() => onAux(r.auxAccountId))}>
            <Table.Td ff="monospace">{r.auxNumber}</Table.Td>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ff="monospace">{r.controlNumber}</Table.Td>
            <Amount cents={r.debit} />
            <Amount cents={r.credit} />
            <Amount cents={r.balance} />
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={3} fw={700}>
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

export function AuxLedgerReport({ input, onEntry }: { input: AuxLedgerInput; onEntry(id: number): void }) {
  const L = useLabels();
  const q = useQueryRoute('accounting.report.auxLedger', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <>
      <Text fw={600}>
        {q.data.auxNumber} · {q.data.label} ({q.data.controlNumber})
      </Text>
      <Table withTableBorder highlightOnHover data-testid="report-table" aria-label={L.titles.auxLedger}>
        <LedgerHead />
        <Table.Tbody>
          <LedgerBlock {...q.data} onEntry={onEntry} />
        </Table.Tbody>
      </Table>
    </>
  );
}

const BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'] as const;

/** Balance âgée: what each third party owes or is owed, by how late it is. */
export function AgedReport({ input, onAux }: { input: AgedInput; onAux(id: number): void }) {
  const { t } = useTranslation();
  const L = useLabels();
  const q = useQueryRoute('accounting.report.aged', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <Table withTableBorder highlightOnHover data-testid="report-table" aria-label={L.titles.aged}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{L.columns.auxNumber}</Table.Th>
          <Table.Th>{L.columns.label}</Table.Th>
          {BUCKETS.map((b) => (
            <NumTh key={b} w={115}>
              {L.columns[b]}
            </NumTh>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.rows.map((r) => (
          <Table.Tr
            key={r.auxAccountId}
            data-testid="report-row"
            title={t('accounting.reports.openAuxLedger')}
            {...linkRowProps(() => onAux(r.auxAccountId))}
          >
            <Table.Td ff="monospace">{r.auxNumber}</Table.Td>
            <Table.Td>{r.label}</Table.Td>
            {BUCKETS.map((b) => (
              <Amount key={b} cents={r[b]} blankZero bold={b === 'total'} />
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={2} fw={700}>
            {L.rows.total}
          </Table.Td>
          {BUCKETS.map((b) => (
            <Amount key={b} cents={q.data.totals[b]} bold />
          ))}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
