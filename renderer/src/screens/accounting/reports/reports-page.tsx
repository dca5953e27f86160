import { Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  AgedInput,
  AuxBalanceInput,
  AuxLedgerInput,
  BalanceSheetInput,
  IncomeStatementInput,
  JournalReportInput,
  LedgerInput,
  ReportExportInput,
  ReportName,
  TrialBalanceInput,
  VatInput,
} from '../../../../../shared/contract/accounting-reports';
import { fill, dateLabel } from '../../../../../shared/i18n/report-labels';
import { useQueryRoute } from '../../../api/hooks';
import { currentLanguage } from '../../../i18n';
import { today } from '../entries/entry-form';
import { AgedReport, AuxBalanceReport, AuxLedgerReport } from './report-aux';
import { useLabels } from './report-cells';
import { ReportExport } from './report-export';
import { JournalReportView, LedgerReport, TrialBalanceReport } from './report-ledgers';
import { ReportParamsBar } from './report-params-bar';
import {
  isReport,
  parseReportParams,
  reportInput,
  reportParamsToSearch,
  REPORTS,
  type ReportParams,
} from './report-params';
import { BalanceSheetReport, IncomeStatementReport, VatReportView } from './report-statements';

/** The fiscal year holding today, else the latest one: the reports' default range. */
function useCurrentYear(): { from: string; to: string } | null {
  const years = useQueryRoute('accounting.year.list', {}, { staleTime: 60_000 });
  if (!years.data) return null;
  const now = today();
  const year =
    years.data.find((y) => y.startDate <= now && now <= y.endDate) ??
    [...years.data].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  return year ? { from: year.startDate, to: year.endDate } : { from: `${now.slice(0, 4)}-01-01`, to: now };
}

/** États: pick a report, set its parameters, read it on screen, drill down, export it. */
export function ReportsPage() {
  const { t } = useTranslation();
  const L = useLabels();
  const navigate = useNavigate();
  const name = useParams()['*']?.split('/')[0];
  const report: ReportName = isReport(name) ? name : 'trialBalance';
  const [sp] = useSearchParams();
  const year = useCurrentYear();

  const go = (target: ReportName, patch: Partial<ReportParams> = {}, keep = true) => {
    const base = keep && year ? parseReportParams(sp, year) : {};
    void navigate(`/accounting/reports/${target}?${reportParamsToSearch({ ...base, ...patch }).toString()}`);
  };
  const openEntry = (id: number) => void navigate(`/accounting/entries/${id}`);

  if (!year) return null;
  const params = parseReportParams(sp, year);
  const input = reportInput(report, params);
  const lang = currentLanguage();
  const single = report === 'balanceSheet' || report === 'aged';
  const subtitle = single
    ? fill(L.rows.asOf, { date: dateLabel(lang, params.to) })
    : fill(L.rows.range, { from: dateLabel(lang, params.from), to: dateLabel(lang, params.to) });

  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <Paper
        withBorder
        p={4}
        w={190}
        style={{ flexShrink: 0 }}
        component="nav"
        aria-label={t('accounting.reports.picker')}
      >
        {REPORTS.map((r) => (
          <NavLink
            key={r}
            component={Link}
            to={`/accounting/reports/${r}?${reportParamsToSearch({ from: params.from, to: params.to }).toString()}`}
            label={L.titles[r]}
            active={r === report}
          />
        ))}
      </Paper>
      <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" align="flex-end">
          <Stack gap={0}>
            <Title order={1} size="h2">
              {L.titles[report]}
            </Title>
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          </Stack>
          <ReportExport
            request={input ? ({ report, params: input } as Omit<ReportExportInput, 'format' | 'locale'>) : null}
          />
        </Group>
        <ReportParamsBar
          key={`${report}?${sp.toString()}`}
          report={report}
          params={params}
          onChange={(patch) => go(report, { ...params, ...patch })}
        />
        {input === null ? (
          <Text c="dimmed">{t('accounting.reports.pickAux')}</Text>
        ) : (
          <ReportBody
            report={report}
            input={input}
            onAccount={(n) => go('ledger', { ...params, accountFrom: n, accountTo: n })}
            onAux={(aux) => go('auxLedger', { ...params, aux: String(aux) })}
            onEntry={openEntry}
          />
        )}
      </Stack>
    </Group>
  );
}

function ReportBody(props: {
  report: ReportName;
  input: NonNullable<ReturnType<typeof reportInput>>;
  onAccount(n: string): void;
  onAux(id: number): void;
  onEntry(id: number): void;
}) {
  const { input, onAccount, onAux, onEntry } = props;
  switch (props.report) {
    case 'trialBalance':
      return <TrialBalanceReport input={input as TrialBalanceInput} onAccount={onAccount} />;
    case 'ledger':
      return <LedgerReport input={input as LedgerInput} onEntry={onEntry} />;
    case 'journal':
      return <JournalReportView input={input as JournalReportInput} onEntry={onEntry} />;
    case 'auxBalance':
      return <AuxBalanceReport input={input as AuxBalanceInput} onAux={onAux} />;
    case 'auxLedger':
      return <AuxLedgerReport input={input as AuxLedgerInput} onEntry={onEntry} />;
    case 'aged':
      return <AgedReport input={input as AgedInput} onAux={onAux} />;
    case 'incomeStatement':
      return <IncomeStatementReport input={input as IncomeStatementInput} />;
    case 'balanceSheet':
      return <BalanceSheetReport input={input as BalanceSheetInput} />;
    case 'vat':
      return <VatReportView input={input as VatInput} />;
  }
}
