import { AppError } from '../../../../../shared/errors';
import type { StatementFormat } from '../../../../../shared/contract/accounting-bank';

// What every bank file parser returns, whatever the bank's format.

export interface ParsedLine {
  date: string;
  valueDate: string | null;
  label: string;
  reference: string | null;
  /** Signed cents: money coming into the account is positive. */
  amount: number;
  /** The line of the file it was read from, for messages. */
  fileLine: number;
}

export interface ParsedStatement {
  format: StatementFormat;
  lines: ParsedLine[];
  openingBalance: number | null;
  closingBalance: number | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/** A file the parser cannot read, with the line (1-based) where it stopped and the offending text. */
export function badFile(messageKey: string, line: number | null, value?: string): AppError {
  return new AppError('VALIDATION', messageKey, {
    line,
    value: value === undefined ? undefined : value.slice(0, 60),
    issues: [{ path: 'contentBase64', messageKey, params: { line, value: value?.slice(0, 60) } }],
  });
}

/** Earliest and latest line dates, for a statement whose file names no period. */
export function periodOf(lines: readonly ParsedLine[]): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const l of lines) {
    if (from === null || l.date < from) from = l.date;
    if (to === null || l.date > to) to = l.date;
  }
  return { from, to };
}

/** The 1-based line of `text` where the character at `offset` sits. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
