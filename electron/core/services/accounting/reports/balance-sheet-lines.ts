// The bilan's lines and the accounts that feed them. Some accounts change side with their balance (a customer
// in credit is a debt, a bank in overdraft a borrowing), so a rule names the balance it applies to. An account
// takes the rule with its longest matching prefix; class catch-alls make every account land on one line, which
// is why assets always equal liabilities on a balanced ledger.

export type Side = 'assets' | 'liabilities';

interface Rule {
  prefix: string;
  when: 'any' | 'debit' | 'credit';
  line: string;
}

export interface SheetSectionDef {
  key: string;
  lines: readonly { key: string; accounts: readonly string[] }[];
}

export const ASSET_SECTIONS: readonly SheetSectionDef[] = [
  {
    key: 'fixedAssets',
    lines: [
      { key: 'intangibleAssets', accounts: ['20', '280', '290'] },
      { key: 'tangibleAssets', accounts: ['21', '22', '23', '281', '282', '291', '292', '293'] },
      { key: 'financialAssets', accounts: ['26', '27', '296', '297'] },
    ],
  },
  {
    key: 'currentAssets',
    lines: [
      { key: 'inventories', accounts: ['31', '32', '33', '34', '35', '37', '39'] },
      { key: 'tradeReceivables', accounts: ['41', '491'] },
      { key: 'otherReceivables', accounts: ['40', '42', '43', '44', '45', '46', '47', '49'] },
      { key: 'marketableSecurities', accounts: ['50', '59'] },
      { key: 'cash', accounts: ['51', '53', '54', '58'] },
    ],
  },
  { key: 'assetAccruals', lines: [{ key: 'prepaidExpenses', accounts: ['486'] }] },
];

export const LIABILITY_SECTIONS: readonly SheetSectionDef[] = [
  {
    key: 'equity',
    lines: [
      { key: 'capital', accounts: ['101', '104', '105', '108', '109'] },
      { key: 'reserves', accounts: ['106'] },
      { key: 'retainedEarnings', accounts: ['11'] },
      { key: 'yearResult', accounts: ['12', '6', '7'] },
      { key: 'otherEquity', accounts: ['13', '14'] },
    ],
  },
  { key: 'provisionsSection', lines: [{ key: 'provisions', accounts: ['15'] }] },
  {
    key: 'debts',
    lines: [
      { key: 'borrowings', accounts: ['16', '17', '519'] },
      { key: 'tradePayables', accounts: ['40'] },
      { key: 'taxAndSocialDebts', accounts: ['42', '43', '44'] },
      { key: 'otherDebts', accounts: ['41', '45', '46', '47'] },
    ],
  },
  { key: 'liabilityAccruals', lines: [{ key: 'deferredIncome', accounts: ['487'] }] },
];

const r = (prefix: string, line: string, when: Rule['when'] = 'any'): Rule => ({ prefix, when, line });

const RULES: readonly Rule[] = [
  r('20', 'intangibleAssets'),
  r('280', 'intangibleAssets'),
  r('290', 'intangibleAssets'),
  r('2', 'tangibleAssets'),
  r('26', 'financialAssets'),
  r('27', 'financialAssets'),
  r('296', 'financialAssets'),
  r('297', 'financialAssets'),
  r('3', 'inventories'),
  r('41', 'tradeReceivables', 'debit'),
  r('491', 'tradeReceivables'),
  r('40', 'otherReceivables', 'debit'),
  ...['42', '43', '44', '45', '46', '47', '48', '8'].map((p) => r(p, 'otherReceivables', 'debit')),
  r('49', 'otherReceivables'),
  r('50', 'marketableSecurities'),
  r('59', 'marketableSecurities'),
  r('5', 'cash', 'debit'),
  r('486', 'prepaidExpenses'),
  r('1', 'borrowings'),
  r('10', 'capital'),
  r('106', 'reserves'),
  r('11', 'retainedEarnings'),
  r('12', 'yearResult'),
  r('6', 'yearResult'),
  r('7', 'yearResult'),
  r('13', 'otherEquity'),
  r('14', 'otherEquity'),
  r('15', 'provisions'),
  r('5', 'borrowings', 'credit'),
  r('40', 'tradePayables', 'credit'),
  ...['42', '43', '44'].map((p) => r(p, 'taxAndSocialDebts', 'credit')),
  ...['41', '45', '46', '47', '48', '8'].map((p) => r(p, 'otherDebts', 'credit')),
  r('487', 'deferredIncome'),
];

const SIDE = new Map<string, Side>([
  ...ASSET_SECTIONS.flatMap((s) => s.lines.map((l) => [l.key, 'assets'] as [string, Side])),
  ...LIABILITY_SECTIONS.flatMap((s) => s.lines.map((l) => [l.key, 'liabilities'] as [string, Side])),
]);

/** The line an account's balance (debit − credit, non-zero) goes to, and its side of the sheet. */
export function sheetLineOf(number: string, balance: number): { line: string; side: Side } {
  let best: Rule | undefined;
  for (const rule of RULES) {
    if (!number.startsWith(rule.prefix)) continue;
    if (rule.when === 'debit' && balance < 0) continue;
    if (rule.when === 'credit' && balance > 0) continue;
    if (!best || rule.prefix.length > best.prefix.length) best = rule;
  }
  const line = best?.line ?? (balance > 0 ? 'otherReceivables' : 'otherDebts');
  return { line, side: SIDE.get(line)! };
}
