import { describe, expect, it } from 'vitest';
import { parseReportParams, reportInput, reportParamsToSearch } from './report-params';

const year = { from: '2026-01-01', to: '2026-12-31' };

describe('report parameters', () => {
  it('default to the fiscal year and round-trip through the address', () => {
    const p = parseReportParams(new URLSearchParams('af=6&at=7&kind=supplier&from=bad'), year);
    expect(p).toMatchObject({ from: '2026-01-01', to: '2026-12-31', accountFrom: '6', kind: 'supplier' });
    expect(reportParamsToSearch(p).toString()).toBe('from=2026-01-01&to=2026-12-31&af=6&at=7&kind=supplier');
  });

  it('become each report’s input, with only what it takes', () => {
    const p = parseReportParams(new URLSearchParams('journal=VT&af=411&at=x'), year);
    expect(reportInput('trialBalance', p)).toEqual({ ...year, journalCode: 'VT', accountFrom: '411' });
    expect(reportInput('balanceSheet', p)).toEqual({ asOf: '2026-12-31' });
    expect(reportInput('aged', p)).toEqual({ asOf: '2026-12-31', kind: 'customer' });
    expect(reportInput('auxLedger', p)).toBeNull();
    expect(reportInput('auxLedger', { ...p, aux: '12' })).toEqual({ ...year, auxAccountId: 12 });
  });
});
