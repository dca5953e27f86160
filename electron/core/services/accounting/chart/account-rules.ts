// Rules read from an account number alone.
//
// General accounts are digits only: a PCG account (401, 44566) or a detail a company opens under one
// (512100 for a bank, 6061000 for electricity), 3 to 10 digits, its first three digits a PCG account, or a
// two-digit PCG account followed by 0: the PCG itself numbers 400, 410, 280 or 890 that way for the account
// taken as a whole, and charts commonly open 530000 (cash) or 740000 (operating subsidies) likewise.
// Customers and suppliers are not general accounts: they are auxiliary accounts with their own codes
// (letters allowed, DUPONT or C0042) attached to a collective account such as 411 or 401, and are
// checked where third parties are kept, not here. Class 9 (cost accounting) is outside the general ledger.
import { isPcgAccount, pcgAccount } from './pcg';
import { type PcgAccount } from './pcg-types';

export type AccountClass = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type AccountType = 'balance-sheet' | 'income' | 'special';
export type NormalSide = 'debit' | 'credit';

export const MIN_ACCOUNT_LENGTH = 3;
export const MAX_ACCOUNT_LENGTH = 10;

/**
 * The side on which an account's balance usually stands, by number prefix; the longest prefix wins. Every key
 * is a PCG account, so a company's detail account always has the side of the PCG account it hangs from.
 * Contra accounts (amortisation, depreciation, discounts) stand against their class.
 */
export const NORMAL_SIDE_BY_PREFIX: Readonly<Record<string, NormalSide>> = {
  // Class 1: equity and liabilities, except the amounts that reduce them.
  '1': 'credit',
  '109': 'debit', // capital souscrit non appelé
  '119': 'debit', // report à nouveau débiteur
  '129': 'debit', // résultat : perte
  '139': 'debit', // subventions d'investissement virées au résultat
  '169': 'debit', // primes de remboursement des obligations
  // Class 2: fixed assets, less amortisation, depreciation and amounts still to pay up on securities.
  '2': 'debit',
  '269': 'credit',
  '279': 'credit',
  '28': 'credit',
  '29': 'credit',
  // Class 3: stocks, less depreciation.
  '3': 'debit',
  '39': 'credit',
  // Class 4: third parties, by what each account usually holds.
  '4': 'debit',
  '40': 'credit', // suppliers: amounts owed
  '409': 'debit', // suppliers owing us (advances, credit notes to receive)
  '41': 'debit', // customers: amounts due
  '419': 'credit', // customers we owe (advances received, credit notes to issue)
  '42': 'credit', // staff: amounts owed
  '425': 'debit', // advances to staff
  '4287': 'debit',
  '43': 'credit', // social bodies
  '4387': 'debit',
  '44': 'credit', // the State: taxes owed
  '441': 'debit', // subsidies to receive
  '443': 'debit', // claims on the State
  '4456': 'debit', // deductible VAT
  '4458': 'debit', // VAT instalments paid, refunds asked, VAT on invoices not yet received
  '44587': 'credit', // VAT on invoices still to issue
  '4487': 'debit',
  '45': 'credit', // group and partners: current accounts, dividends to pay
  '4561': 'debit', // contributions promised by partners
  '4562': 'debit', // capital called, not paid
  '4566': 'debit', // defaulting shareholders
  '46': 'debit', // sundry debtors
  '464': 'credit',
  '4686': 'credit',
  '47': 'debit', // suspense accounts and translation differences on the asset side
  '477': 'credit',
  '4752': 'credit',
  '4787': 'credit',
  '48': 'debit', // prepaid charges and periodic allocation
  '487': 'credit', // deferred income
  '4887': 'credit',
  '49': 'credit',
  // Class 5: cash and investments, less overdrafts, accrued interest payable and depreciation.
  '5': 'debit',
  '509': 'credit',
  '5181': 'credit',
  '519': 'credit',
  '59': 'credit',
  // Classes 6 and 7: charges and income, less the discounts that reduce them.
  '6': 'debit',
  '609': 'credit',
  '619': 'credit',
  '629': 'credit',
  '7': 'credit',
  '709': 'debit',
  // Class 8: commitments are recorded against 809.
  '8': 'debit',
  '809': 'credit',
};

const ACCOUNT_NUMBER = /^[1-8]\d{2,9}$/;

/** Whether the first three digits are a PCG account or a two-digit PCG account followed by 0. */
export function hasPcgRoot(number: string): boolean {
  const root = number.slice(0, 3);
  return isPcgAccount(root) || (root.length === 3 && root.endsWith('0') && isPcgAccount(root.slice(0, 2)));
}

/** Digits only, 3 to 10 long, class 1 to 8, with a PCG root (see hasPcgRoot). */
export function isValidAccountNumber(number: string): boolean {
  return ACCOUNT_NUMBER.test(number) && hasPcgRoot(number);
}

// Class, type and side are also given for the PCG's own one- and two-digit headings (4, 47).
function assertValid(number: string): void {
  if (!isValidAccountNumber(number) && !isPcgAccount(number)) {
    throw new RangeError(`Not a general account number: "${number}"`);
  }
}

export function accountClass(number: string): AccountClass {
  assertValid(number);
  return Number(number[0]) as AccountClass;
}

export function accountType(number: string): AccountType {
  const accountClassOf = accountClass(number);
  return accountClassOf <= 5 ? 'balance-sheet' : accountClassOf <= 7 ? 'income' : 'special';
}

export function normalSide(number: string): NormalSide {
  assertValid(number);
  for (let length = number.length; length >= 1; length -= 1) {
    const side = NORMAL_SIDE_BY_PREFIX[number.slice(0, length)];
    if (side !== undefined) return side;
  }
  throw new RangeError(`No normal side for "${number}"`);
}

/** The longest PCG account that is a proper prefix of `number`: 445 for 4456, 5121 for 512100. */
export function parentOf(number: string): PcgAccount | undefined {
  for (let length = number.length - 1; length >= 1; length -= 1) {
    const account = pcgAccount(number.slice(0, length));
    if (account !== undefined) return account;
  }
  return undefined;
}

/** The PCG account itself when `number` is one, else the PCG account it hangs from. */
export function nearestPcgAccount(number: string): PcgAccount | undefined {
  return pcgAccount(number) ?? parentOf(number);
}

export type SubAccountProblem =
  'parent-not-in-pcg' | 'suffix-not-digits' | 'too-long' | 'is-a-pcg-account' | 'root-not-in-pcg';

/** Why `parent` + `suffix` cannot be opened as a company's own account, or null when it can. */
export function subAccountProblem(parent: string, suffix: string): SubAccountProblem | null {
  if (!isPcgAccount(parent)) return 'parent-not-in-pcg';
  if (!/^\d+$/.test(suffix)) return 'suffix-not-digits';
  const number = parent + suffix;
  if (number.length > MAX_ACCOUNT_LENGTH) return 'too-long';
  // 445 + 66 is 44566, which the PCG already defines: use it rather than open a copy.
  if (isPcgAccount(number)) return 'is-a-pcg-account';
  // 28 + 4 gives 284, a root the PCG does not define.
  if (!isValidAccountNumber(number)) return 'root-not-in-pcg';
  return null;
}

/**
 * The number of a company's own detail account: 512 + 100 gives 512100 (one per bank), 6061 + 1 gives 60611.
 * The result hangs from `parent` or from a PCG account under it (512100 hangs from 5121) and takes that
 * account's class, type and side.
 */
export function subAccountNumber(parent: string, suffix: string): string {
  const problem = subAccountProblem(parent, suffix);
  if (problem !== null) throw new RangeError(`Cannot open ${parent} + ${suffix}: ${problem}`);
  return parent + suffix;
}

export interface AccountDescription {
  number: string;
  accountClass: AccountClass;
  type: AccountType;
  normalSide: NormalSide;
  pcg: PcgAccount;
}

export function describeAccount(number: string): AccountDescription {
  const pcg = nearestPcgAccount(number);
  if (pcg === undefined || (!isValidAccountNumber(number) && pcg.number !== number)) {
    throw new RangeError(`Not a general account number: "${number}"`);
  }
  return { number, accountClass: accountClass(number), type: accountType(number), normalSide: normalSide(number), pcg };
}
