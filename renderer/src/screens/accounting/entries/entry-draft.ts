import type { Entry, EntryInput } from '../../../../../shared/contract/accounting-entries';
import { formatCents, parseAmount } from '../../../../../shared/domain/money';

/** One line of the grid as typed: amounts stay text until the entry is sent, so "1 234," is never rewritten. */
export interface DraftLine {
  key: number;
  accountNumber: string;
  accountLabel: string;
  auxAccountId: number | null;
  auxLabel: string;
  label: string;
  debit: string;
  credit: string;
}

export interface DraftHeader {
  journalCode: string;
  date: string;
  label: string;
  reference: string;
}

let nextKey = 1;

export function emptyLine(patch: Partial<DraftLine> = {}): DraftLine {
  return {
    key: nextKey++,
    accountNumber: '',
    accountLabel: '',
    auxAccountId: null,
    auxLabel: '',
    label: '',
    debit: '',
    credit: '',
    ...patch,
  };
}

/** Third parties hang from the customer (411), supplier (401) and other (467) collective accounts. */
export function auxKindOf(accountNumber: string): 'customer' | 'supplier' | 'other' | null {
  if (accountNumber.startsWith('411')) return 'customer';
  if (accountNumber.startsWith('401')) return 'supplier';
  if (accountNumber.startsWith('467')) return 'other';
  return null;
}

/** Cents of an amount cell: empty is zero, unreadable text is null. */
export function cellCents(text: string): number | null {
  if (text.trim() === '') return 0;
  const cents = parseAmount(text);
  return cents === null || cents < 0 ? null : cents;
}

export function isBlank(line: DraftLine): boolean {
  return line.accountNumber === '' && cellCents(line.debit) === 0 && cellCents(line.credit) === 0;
}

export interface Totals {
  debit: number;
  credit: number;
  /** Debit minus credit: what the next line must carry on the credit side when positive. */
  difference: number;
  /** Some amount cannot be read. */
  unreadable: boolean;
}

export function totalsOf(lines: readonly DraftLine[]): Totals {
  let debit = 0;
  let credit = 0;
  let unreadable = false;
  for (const line of lines) {
    const d = cellCents(line.debit);
    const c = cellCents(line.credit);
    if (d === null || c === null) unreadable = true;
    debit += d ?? 0;
    credit += c ?? 0;
  }
  return { debit, credit, difference: debit - credit, unreadable };
}

/** Ready to post: readable, balanced, not empty, every line with an account and one amount. */
export function isPostable(lines: readonly DraftLine[]): boolean {
  const used = lines.filter((l) => !isBlank(l));
  const t = totalsOf(used);
  return (
    used.length >= 2 &&
    !t.unreadable &&
    t.difference === 0 &&
    t.debit > 0 &&
    used.every((l) => l.accountNumber !== '' && (cellCents(l.debit) === 0) !== (cellCents(l.credit) === 0))
  );
}

/** A new line carries the remaining difference on the side that balances the entry. */
export function nextLine(lines: readonly DraftLine[]): DraftLine {
  const { difference } = totalsOf(lines);
  if (difference > 0) return emptyLine({ credit: amountText(difference) });
  if (difference < 0) return emptyLine({ debit: amountText(-difference) });
  return emptyLine();
}

/** Cents as a French clerk reads them: "1 234,56" (parseAmount reads the thin space back). */
export function amountText(cents: number): string {
  return cents === 0 ? '' : formatCents(cents, 'fr');
}

/**
 * The contract's input, blank lines left out. `rowKeys[i]` is the grid line that became `lines[i]`, so that the
 * core's `lines.i.field` issues land on the line the clerk sees.
 */
export function toEntryInput(
  header: DraftHeader,
  lines: readonly DraftLine[],
): { input: EntryInput; rowKeys: number[] } {
  const used = lines.filter((l) => !isBlank(l));
  return {
    input: {
      journalCode: header.journalCode,
      date: header.date,
      label: header.label,
      reference: header.reference,
      lines: used.map((l) => ({
        accountNumber: l.accountNumber,
        auxAccountId: auxKindOf(l.accountNumber) ? l.auxAccountId : null,
        label: l.label.trim() || header.label,
        debit: cellCents(l.debit) ?? 0,
        credit: cellCents(l.credit) ?? 0,
      })),
    },
    rowKeys: used.map((l) => l.key),
  };
}

/** An entry back into the grid: to edit a draft or to start from the last one posted. */
export function fromEntry(entry: Entry): { header: DraftHeader; lines: DraftLine[] } {
  return {
    header: {
      journalCode: entry.journalCode,
      date: entry.date,
      label: entry.label,
      reference: entry.reference ?? '',
    },
    lines: entry.lines.map((l) =>
      emptyLine({
        accountNumber: l.accountNumber,
        accountLabel: l.accountLabel,
        auxAccountId: l.auxAccountId,
        auxLabel: l.auxNumber ? `${l.auxNumber} ${l.auxLabel ?? ''}`.trim() : '',
        label: l.label === entry.label ? '' : (l.label ?? ''),
        debit: amountText(l.debit),
        credit: amountText(l.credit),
      }),
    ),
  };
}

/** The core's issues split into header fields, per-line fields (by grid key) and the rest. */
export function placeIssues(
  issues: readonly { path: string; messageKey: string }[],
  rowKeys: readonly number[],
): { header: Record<string, string>; lines: Record<number, Record<string, string>>; other: string[] } {
  const header: Record<string, string> = {};
  const lines: Record<number, Record<string, string>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const m = /^lines\.(\d+)\.(\w+)$/.exec(issue.path);
    const key = m ? rowKeys[Number(m[1])] : undefined;
    if (m && key !== undefined) {
      const field = m[2]!;
      (lines[key] ??= {})[field] ??= issue.messageKey;
    } else if (['journalCode', 'date', 'label', 'reference'].includes(issue.path)) {
      header[issue.path] ??= issue.messageKey;
    } else if (!other.includes(issue.messageKey)) {
      other.push(issue.messageKey);
    }
  }
  return { header, lines, other };
}
