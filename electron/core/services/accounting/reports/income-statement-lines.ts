// The compte de résultat in the PCG's list presentation: which account prefixes feed which line. An account
// goes to the line holding its longest matching prefix; the bare class prefixes catch what no line names, so
// that every class 6 and 7 account lands somewhere and the net result always equals classes 7 minus 6.

export type IncomeSectionKey =
  | 'operatingIncome'
  | 'operatingExpenses'
  | 'financialIncome'
  | 'financialExpenses'
  | 'exceptionalIncome'
  | 'exceptionalExpenses'
  | 'profitSharing'
  | 'incomeTax';

export interface IncomeLineDef {
  key: string;
  /** Prefixes shown with the line. */
  accounts: readonly string[];
  /** Further prefixes gathered without being shown: the catch-alls. */
  hidden?: readonly string[];
}

export interface IncomeSectionDef {
  key: IncomeSectionKey;
  /** Income sections read credit minus debit, expense sections debit minus credit. */
  side: 'income' | 'expense';
  lines: readonly IncomeLineDef[];
}

export const INCOME_SECTIONS: readonly IncomeSectionDef[] = [
  {
    key: 'operatingIncome',
    side: 'income',
    lines: [
      { key: 'salesOfGoods', accounts: ['707', '7097'] },
      { key: 'productionSold', accounts: ['70'] },
      { key: 'productionStored', accounts: ['71'] },
      { key: 'productionCapitalized', accounts: ['72'] },
      { key: 'operatingSubsidies', accounts: ['74'] },
      { key: 'operatingReversals', accounts: ['781', '791'] },
      { key: 'otherOperatingIncome', accounts: ['75'], hidden: ['7'] },
    ],
  },
  {
    key: 'operatingExpenses',
    side: 'expense',
    lines: [
      { key: 'purchasesOfGoods', accounts: ['607', '6087', '6097'] },
      { key: 'stockChangeGoods', accounts: ['6037'] },
      { key: 'purchasesOfMaterials', accounts: ['601', '602', '6081', '6082', '6091', '6092'] },
      { key: 'stockChangeMaterials', accounts: ['6031', '6032'] },
      { key: 'otherExternalCharges', accounts: ['604', '605', '606', '61', '62'], hidden: ['60'] },
      { key: 'taxesAndDuties', accounts: ['63'] },
      { key: 'wagesAndSalaries', accounts: ['641', '644'], hidden: ['64'] },
      { key: 'socialCharges', accounts: ['645', '646', '647', '648'] },
      { key: 'depreciationAndProvisions', accounts: ['681'] },
      { key: 'otherOperatingExpenses', accounts: ['65'], hidden: ['6'] },
    ],
  },
  {
    key: 'financialIncome',
    side: 'income',
    lines: [{ key: 'financialIncome', accounts: ['76', '786', '796'] }],
  },
  {
    key: 'financialExpenses',
    side: 'expense',
    lines: [{ key: 'financialExpenses', accounts: ['66', '686'] }],
  },
  {
    key: 'exceptionalIncome',
    side: 'income',
    lines: [{ key: 'exceptionalIncome', accounts: ['77', '787', '797'] }],
  },
  {
    key: 'exceptionalExpenses',
    side: 'expense',
    lines: [{ key: 'exceptionalExpenses', accounts: ['67', '687'] }],
  },
  {
    key: 'profitSharing',
    side: 'expense',
    lines: [{ key: 'profitSharing', accounts: ['691'] }],
  },
  {
    key: 'incomeTax',
    side: 'expense',
    lines: [{ key: 'incomeTax', accounts: ['695', '696', '697', '698', '699'], hidden: ['69'] }],
  },
];

/** The section and line an account number falls in, or null outside classes 6 and 7. */
export function incomeLineOf(number: string): { section: IncomeSectionDef; line: IncomeLineDef } | null {
  let best: { section: IncomeSectionDef; line: IncomeLineDef; length: number } | null = null;
  for (const section of INCOME_SECTIONS) {
    for (const line of section.lines) {
      for (const prefix of [...line.accounts, ...(line.hidden ?? [])]) {
        if (number.startsWith(prefix) && (best === null || prefix.length > best.length)) {
          best = { section, line, length: prefix.length };
        }
      }
    }
  }
  return best && { section: best.section, line: best.line };
}
