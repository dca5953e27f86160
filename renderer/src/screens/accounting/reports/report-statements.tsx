import { SimpleGrid, Table } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BalanceSheetInput,
  IncomeStatementInput,
  StatementSection,
  VatInput,
} from '../../../../../shared/contract/accounting-reports';
import { fill, rateLabel, statementLabel } from '../../../../../shared/i18n/report-labels';
import { useQueryRoute } from '../../../api/hooks';
import { currentLanguage } from '../../../i18n';
import { Amount, NumTh, ReportState, useLabels } from './report-cells';

const SUBTOTAL_BG = 'var(--mantine-color-default-hover)';

function Sections({ sections }: { sections: readonly StatementSection[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return sections.map((s) => (
    <Fragment key={s.key}>
      <Table.Tr>
        <Table.Td colSpan={3} fw={700} tt="uppercase" fz="xs" pt="md">
          {statementLabel(lang, s.key)}
        </Table.Td>
      </Table.Tr>
      {s.lines.map((l) => (
        <Table.Tr key={l.key} data-testid="statement-line">
          <Table.Td pl="lg">{statementLabel(lang, l.key)}</Table.Td>
          <Table.Td c="dimmed" fz="xs" ff="monospace">
            {l.accounts.join(', ')}
          </Table.Td>
          <Amount cents={l.amount} />
        </Table.Tr>
      ))}
      <Table.Tr bg={SUBTOTAL_BG}>
        <Table.Td colSpan={2} fw={700}>
          {t('accounting.reports.sectionTotal', { section: statementLabel(lang, s.key).toLowerCase() })}
        </Table.Td>
        <Amount cents={s.total} bold />
      </Table.Tr>
    </Fragment>
  ));
}

function ResultRow({ label, cents, strong }: { label: string; cents: number; strong?: boolean }) {
  return (
    <Table.Tr bg={strong ? 'var(--mantine-primary-color-light)' : SUBTOTAL_BG} data-testid="statement-result">
      <Table.Td colSpan={2} fw={700} fz={strong ? 'md' : undefined}>
        {label}
      </Table.Td>
      <Amount cents={cents} bold fz={strong ? 'md' : undefined} />
    </Table.Tr>
  );
}

function StatementHead() {
  const L = useLabels();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{L.columns.label}</Table.Th>
        <Table.Th w={180}>{L.columns.accounts}</Table.Th>
        <NumTh w={150}>{L.columns.amount}</NumTh>
      </Table.Tr>
    </Table.Thead>
  );
}

/** Compte de résultat in the PCG order: operating, financial, current result, exceptional, net. */
export function IncomeStatementReport({ input }: { input: IncomeStatementInput }) {
  const L = useLabels();
  const q = useQueryRoute('accounting.report.incomeStatement', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  const by = (keys: string[]) => q.data.sections.filter((s) => keys.includes(s.key));
  const r = q.data.results;
  return (
    <Table withTableBorder data-testid="report-table" aria-label={L.titles.incomeStatement} maw={960}>
      <StatementHead />
      <Table.Tbody>
        <Sections sections={by(['operatingIncome', 'operatingExpenses'])} />
        <ResultRow label={L.results.operating} cents={r.operating} />
        <Sections sections={by(['financialIncome', 'financialExpenses'])} />
        <ResultRow label={L.results.financial} cents={r.financial} />
        <ResultRow label={L.results.currentBeforeTax} cents={r.currentBeforeTax} />
        <Sections sections={by(['exceptionalIncome', 'exceptionalExpenses'])} />
        <ResultRow label={L.results.exceptional} cents={r.exceptional} />
        <Sections sections={by(['profitSharing', 'incomeTax'])} />
        <ResultRow label={L.results.net} cents={r.net} strong />
      </Table.Tbody>
    </Table>
  );
}

/** Bilan: assets beside liabilities, each with its sections and its total. */
export function BalanceSheetReport({ input }: { input: BalanceSheetInput }) {
  const L = useLabels();
  const q = useQueryRoute('accounting.report.balanceSheet', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" data-testid="report-table">
      <Table withTableBorder aria-label={L.results.totalAssets} maw={960}>
        <StatementHead />
        <Table.Tbody>
          <Sections sections={q.data.assets} />
          <ResultRow label={L.results.totalAssets} cents={q.data.totalAssets} strong />
        </Table.Tbody>
      </Table>
      <Table withTableBorder aria-label={L.results.totalLiabilities} maw={960}>
        <StatementHead />
        <Table.Tbody>
          <Sections sections={q.data.liabilities} />
          <ResultRow label={L.results.totalLiabilities} cents={q.data.totalLiabilities} strong />
        </Table.Tbody>
      </Table>
    </SimpleGrid>
  );
}

/** The CA3 summary: collected VAT per rate, deductible VAT, and what is due or carried. */
export function VatReportView({ input }: { input: VatInput }) {
  const L = useLabels();
  const lang = currentLanguage();
  const q = useQueryRoute('accounting.report.vat', input, { meta: { quiet: true } });
  if (!q.data) return <ReportState isPending={q.isPending} error={q.error} />;
  const v = q.data;
  const row = (label: string, cents: number, bold?: boolean) => (
    <Table.Tr bg={bold ? SUBTOTAL_BG : undefined}>
      <Table.Td colSpan={3} fw={bold ? 700 : undefined}>
        {label}
      </Table.Td>
      <Amount cents={cents} bold={bold} />
    </Table.Tr>
  );
  return (
    <Table withTableBorder data-testid="report-table" aria-label={L.titles.vat} maw={860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{L.columns.label}</Table.Th>
          <Table.Th w={110}>{L.columns.account}</Table.Th>
          <NumTh w={150}>{L.columns.base}</NumTh>
          <NumTh w={150}>{L.columns.vat}</NumTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {v.collected.map((c) => (
          <Table.Tr key={c.accountNumber}>
            <Table.Td>{fill(L.vat.collected, { rate: rateLabel(lang, c.rate) })}</Table.Td>
            <Table.Td ff="monospace">{c.accountNumber}</Table.Td>
            <Amount cents={c.base} />
            <Amount cents={c.vat} />
          </Table.Tr>
        ))}
        {row(L.vat.otherCollected, v.otherCollected)}
        {row(L.vat.totalCollected, v.totalCollected, true)}
        {row(L.vat.deductibleGoodsServices, v.deductibleGoodsServices)}
        {row(L.vat.deductibleFixedAssets, v.deductibleFixedAssets)}
        {row(L.vat.creditCarried, v.creditCarried)}
        {row(L.vat.totalDeductible, v.totalDeductible, true)}
        {row(L.vat.due, v.due, true)}
        {row(L.vat.credit, v.credit, true)}
      </Table.Tbody>
    </Table>
  );
}
