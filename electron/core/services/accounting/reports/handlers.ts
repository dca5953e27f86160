import type { accountingReports } from '../../../../../shared/contract/accounting-reports';
import type { Handlers } from '../../../context';
import { aged } from './aged';
import { auxBalance } from './aux-balance';
import { auxLedger } from './aux-ledger';
import { balanceSheet } from './balance-sheet';
import { exportReport } from './export/export-report';
import { incomeStatement } from './income-statement';
import { journalReport } from './journal';
import { ledger } from './ledger';
import { trialBalance } from './trial-balance';
import { vatReport } from './vat';

export const reportHandlers = {
  'accounting.report.trialBalance': (ctx, input) => trialBalance(ctx.db, input),
  'accounting.report.ledger': (ctx, input) => ledger(ctx.db, input),
  'accounting.report.auxBalance': (ctx, input) => auxBalance(ctx.db, input),
  'accounting.report.auxLedger': (ctx, input) => auxLedger(ctx.db, input),
  'accounting.report.aged': (ctx, input) => aged(ctx.db, input),
  'accounting.report.incomeStatement': (ctx, input) => incomeStatement(ctx.db, input),
  'accounting.report.balanceSheet': (ctx, input) => balanceSheet(ctx.db, input),
  'accounting.report.vat': (ctx, input) => vatReport(ctx.db, input),
  'accounting.report.journal': (ctx, input) => journalReport(ctx.db, input),
  'accounting.report.export': (ctx, input) => exportReport(ctx.db, input),
} satisfies Handlers<typeof accountingReports>;
