import type Database from 'better-sqlite3';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import { formatFecAmount } from './amount';
import { encodeLatin9, firstUnencodable } from './fec-charset';
import { FEC_COLUMNS } from './fec-header';
import type { FecSeparator } from './fec-types';

export interface FecExportOptions {
  fiscalYearId: number;
  separator: FecSeparator;
  encoding: 'utf-8' | 'iso-8859-15';
}

export interface ExportedFec {
  fileName: string;
  bytes: Buffer;
  entries: number;
  lines: number;
}

// One row per line, already in file order. Raw arrays in this column order: the loop below indexes them.
const LINES_SQL = `
  select j.code, j.label, e.number, e.date, a.number, a.label, x.number, x.label,
    coalesce(nullif(e.reference, ''), e.number), coalesce(nullif(l.label, ''), e.label),
    l.debit, l.credit, l.letter, l.lettered_at, e.validated_at, e.id
  from entry_seal s
  join entry e on e.id = s.entry_id
  join journal j on j.id = e.journal_id
  join entry_line l on l.entry_id = e.id
  join account a on a.id = l.account_id
  left join aux_account x on x.id = l.aux_account_id
  where e.fiscal_year_id = ? and (j.kind = 'opening') = ?
  order by s.id, l.line_no`;

type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string,
  string,
  number,
  number,
  string | null,
  string | null,
  string,
  number,
];

/** Rows are encoded this many at a time, so the text of a whole year never sits in memory twice. */
const CHUNK_ROWS = 20_000;
const MAX_ISSUES = 50;
// Everything ISO-8859-15 holds, as a fast pre-check before looking for the culprit cell.
const LATIN9_SAFE = /^[\u0000-\u007f\u00a0-\u00a3\u00a5\u00a7\u00a9-\u00b3\u00b5-\u00b7\u00b9-\u00bb\u00bf-\u00ff\u20ac\u0160\u0161\u017d\u017e\u0152\u0153\u0178]*$/;

const ymd = (isoDate: string | null): string => (isoDate === null ? '' : isoDate.slice(0, 10).replace(/-/g, ''));

/**
 * The FEC of one fiscal year, read straight from SQLite in validation order with the opening entries first.
 * Streams the rows (better-sqlite3's iterate) and encodes them in chunks: a year of a million lines stays fast.
 */
export function exportFec(sqlite: Database.Database, options: FecExportOptions): ExportedFec {
  const year = sqlite.prepare('select end_date from fiscal_year where id = ?').get(options.fiscalYearId) as
    | { end_date: string }
    | undefined;
  if (year === undefined) {
    throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'fiscalYear', id: options.fiscalYearId });
  }
  const company = sqlite.prepare('select siren from company limit 1').get() as { siren: string } | undefined;
  if (company === undefined) throw new AppError('NOT_FOUND', 'errors.noCompany');

  const sep = options.separator === 'tab' ? '\t' : '|';
  const latin9 = options.encoding === 'iso-8859-15';
  const eol = '\r\n';
  // The separator may never occur inside a value, nor may a line break: they become spaces.
  const unsafe = options.separator === 'tab' ? /[\t\r\n]/g : /[|\r\n]/g;
  const clean = (text: string | null): string => (text === null ? '' : text.replace(unsafe, ' '));
  const chunks: Buffer[] = [];
  const issues: ValidationIssue[] = [];
  let pending: string[] = [FEC_COLUMNS.join(sep)];
  let entries = 0;
  let lines = 0;
  let lastEntry = -1;

  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join(eol) + eol;
    pending = [];
    if (!latin9) {
      chunks.push(Buffer.from(text, 'utf8'));
    } else if (LATIN9_SAFE.test(text)) {
      chunks.push(Buffer.from(encodeLatin9(text)));
    } else {
      collectUnencodable(text, sep, eol, issues);
    }
  };

  const statement = sqlite.prepare(LINES_SQL).raw();
  for (const opening of [1, 0]) {
    for (const raw of statement.iterate(options.fiscalYearId, opening)) {
      const r = raw as Row;
      if (r[15] !== lastEntry) {
        lastEntry = r[15];
        entries++;
      }
      lines++;
      const date = ymd(r[3]);
      pending.push(
        [
          clean(r[0]),
          clean(r[1]),
          r[2],
          date,
          r[4],
          clean(r[5]),
          clean(r[6]),
          clean(r[7]),
          clean(r[8]),
          date,
          clean(r[9]),
          formatFecAmount(r[10]),
          formatFecAmount(r[11]),
          clean(r[12]),
          r[12] === null ? '' : ymd(r[13]),
          ymd(r[14]),
          '',
          '',
        ].join(sep),
      );
      if (pending.length >= CHUNK_ROWS) flush();
    }
  }
  flush();
  if (issues.length > 0) throw new AppError('VALIDATION', 'fec.write.unencodable', { issues });
  return {
    fileName: `${company.siren}FEC${ymd(year.end_date)}.txt`,
    bytes: Buffer.concat(chunks),
    entries,
    lines,
  };
}

/** Names the cells ISO-8859-15 cannot hold, by entry and column, so the user can fix the labels. */
function collectUnencodable(text: string, sep: string, eol: string, issues: ValidationIssue[]): void {
  for (const row of text.split(eol)) {
    if (issues.length >= MAX_ISSUES || LATIN9_SAFE.test(row)) continue;
    const cells = row.split(sep);
    cells.forEach((cell, c) => {
      const bad = firstUnencodable(cell);
      if (bad === null || issues.length >= MAX_ISSUES) return;
      issues.push({
        path: `${cells[0] ?? ''}.${cells[2] ?? ''}.${FEC_COLUMNS[c] ?? c}`,
        messageKey: 'fec.write.unencodable',
        params: {
          character: bad,
          codePoint: `U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
          field: FEC_COLUMNS[c] ?? '',
          journalCode: cells[0] ?? '',
          ecritureNum: cells[2] ?? '',
          value: cell,
        },
      });
    });
  }
}
