import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import { formatFecAmount } from './amount';
import { encodeLatin9, firstUnencodable } from './fec-charset';
import { formatFecDate } from './fec-date';
import { FEC_COLUMNS } from './fec-header';
import type { FecEntry, FecLine, FecSeparator } from './fec-types';

export interface WriteFecOptions {
  siren: string;
  /** Closing date of the financial year, YYYY-MM-DD; it names the file. */
  closingDate: string;
  separator: FecSeparator;
  encoding: 'utf-8' | 'iso-8859-15';
  /** The text allows CR, LF or both; CRLF is what DGFiP's checker and Windows tools expect most. */
  lineEnding?: 'crlf' | 'lf';
}

export interface WrittenFec {
  fileName: string;
  bytes: Uint8Array;
}

/** Past this many, the list of unencodable characters stops: the user has enough to fix. */
const MAX_ISSUES = 50;

/**
 * Writes entries as a FEC, in the order given: the caller passes them in validation order, opening entries first.
 * Throws a VALIDATION AppError for a bad SIREN or closing date, or characters ISO-8859-15 cannot hold.
 */
export function writeFec(entries: readonly FecEntry[], options: WriteFecOptions): WrittenFec {
  if (!/^\d{9}$/.test(options.siren)) {
    throw new AppError('VALIDATION', 'fec.write.siren', { issues: [{ path: 'siren', messageKey: 'fec.write.siren' }] });
  }
  let closing: string;
  try {
    closing = formatFecDate(options.closingDate);
  } catch {
    throw new AppError('VALIDATION', 'fec.write.closingDate', {
      issues: [{ path: 'closingDate', messageKey: 'fec.write.closingDate' }],
    });
  }
  const sep = options.separator === 'tab' ? '\t' : '|';
  const eol = options.lineEnding === 'lf' ? '\n' : '\r\n';
  const latin9 = options.encoding === 'iso-8859-15';
  const issues: ValidationIssue[] = [];
  // The separator may never occur inside a value, nor may a line break: they become spaces.
  const clean = (text: string): string => text.replace(/[\r\n]/g, ' ').replaceAll(sep, ' ');

  const rows: string[] = [FEC_COLUMNS.join(sep)];
  entries.forEach((entry, e) => {
    entry.lines.forEach((line, l) => {
      const cells = lineCells(entry, line).map(clean);
      if (latin9 && issues.length < MAX_ISSUES) {
        cells.forEach((cell, c) => {
          const bad = firstUnencodable(cell);
          if (bad !== null && issues.length < MAX_ISSUES) {
            issues.push({
              path: `entries.${e}.lines.${l}.${FEC_COLUMNS[c] ?? c}`,
              messageKey: 'fec.write.unencodable',
              params: {
                character: bad,
                codePoint: `U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
                field: FEC_COLUMNS[c] ?? '',
                journalCode: entry.journalCode,
                ecritureNum: entry.ecritureNum,
                value: cell,
              },
            });
          }
        });
      }
      rows.push(cells.join(sep));
    });
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'fec.write.unencodable', { issues });

  const text = rows.join(eol) + eol;
  return {
    fileName: `${options.siren}FEC${closing}.txt`,
    bytes: latin9 ? encodeLatin9(text) : new TextEncoder().encode(text),
  };
}

function lineCells(entry: FecEntry, line: FecLine): string[] {
  const date = (value: string | null): string => (value === null ? '' : formatFecDate(value));
  return [
    entry.journalCode,
    entry.journalLib,
    entry.ecritureNum,
    date(line.ecritureDate),
    line.compteNum,
    line.compteLib,
    line.compAuxNum,
    line.compAuxLib,
    line.pieceRef,
    date(line.pieceDate),
    line.ecritureLib,
    formatFecAmount(line.debit),
    formatFecAmount(line.credit),
    line.ecritureLet,
    date(line.dateLet),
    date(line.validDate),
    line.montantDevise === null ? '' : formatFecAmount(line.montantDevise),
    line.idevise,
  ];
}
