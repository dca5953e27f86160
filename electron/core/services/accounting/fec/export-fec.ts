import type Database from 'better-sqlite3';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import { formatFecAmount } from './amount';
import { encodeLatin9, firstUnencodable, latin9Byte } from './fec-charset';
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

// One row per line, already in file order. The cross joins keep SQLite walking the seals in order, then each
// entry's lines by their unique index, so a year of a million lines is never sorted. What belongs to the entry
// comes on its first line only, and accounts are looked up in memory: fewer strings, far less garbage.
const LINES_SQL = `
  select e.id, j.code, j.label, iif(l.line_no = 1, e.number, null), iif(l.line_no = 1, e.date, null),
    iif(l.line_no = 1, coalesce(nullif(e.reference, ''), e.number), null), iif(l.line_no = 1, e.validated_at, null),
    l.account_id, l.aux_account_id, coalesce(nullif(l.label, ''), e.label), l.debit, l.credit, l.letter,
    l.lettered_at
  from entry_seal s
  cross join entry e on e.id = s.entry_id
  cross join entry_line l on l.entry_id = e.id
  left join journal j on l.line_no = 1 and j.id = e.journal_id
  where e.fiscal_year_id = ? and (e.journal_id in (select id from journal where kind = 'opening')) = ?
  order by s.id, l.line_no`;

/** Raw arrays in LINES_SQL's column order; the entry's own columns (1 to 6) are null after its first line. */
type Row = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number | null,
  string,
  number,
  number,
  string | null,
  string | null,
];

/**
 * Rows are encoded this many at a time, so the text of a whole year never sits in memory twice. Small enough that a
 * chunk's strings die young: at 20,000 rows they outlived V8's young generation and a year of 500,000 lines took
 * 180 MB of the core's memory instead of 70 MB (and was slower).
 */
const CHUNK_ROWS = 2_000;
const MAX_ISSUES = 50;
// Printable text ISO-8859-15 holds, as a fast pre-check; anything else goes through the character-exact path.
const LATIN9_PLAIN =
  /^[\t\r\n\u0020-\u007e\u00a0-\u00a3\u00a5\u00a7\u00a9-\u00b3\u00b5-\u00b7\u00b9-\u00bb\u00bf-\u00ff\u20ac\u0160\u0161\u017d\u017e\u0152\u0153\u0178]*$/;

// The chart's own labels use typographic dashes and quotes ISO-8859-15 lacks; their plain forms say the same.
const TYPOGRAPHIC: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
  '\u202f': ' ',
};
const TYPOGRAPHIC_CHARS = /[\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u202f]/g;

// Where ISO-8859-15 differs from Latin-1 (which Buffer encodes natively): these eight take the bytes Latin-1
// gave to ¤ ¦ ¨ ´ ¸ ¼ ½ ¾, which LATIN9_PLAIN has already kept out.
const LATIN9_SPECIAL = /[\u20ac\u0160\u0161\u017d\u017e\u0152\u0153\u0178]/g;
const toLatin9Byte = (c: string): string => String.fromCharCode(latin9Byte(c.charCodeAt(0)) ?? 0x3f);

const ymd = (isoDate: string): string => isoDate.slice(0, 10).replace(/-/g, '');

/**
 * The FEC of one fiscal year, read straight from SQLite in validation order with the opening entries first.
 * Streams the rows (better-sqlite3's iterate) and encodes them in chunks: a year of a million lines stays fast.
 */
export function exportFec(sqlite: Database.Database, options: FecExportOptions): ExportedFec {
  const buffers: Buffer[] = [];
  const written = writeFec(sqlite, options, (chunk) => buffers.push(chunk));
  return { ...written, bytes: Buffer.concat(buffers) };
}

/**
 * The same file handed to `sink` a chunk at a time, as it is encoded, so that a year of a million lines never
 * sits in memory whole (the opening entries first: a pass of their own, then the others). Nothing reaches the
 * sink after a value ISO-8859-15 cannot hold; the error naming them all comes at the end.
 */
export function writeFec(
  sqlite: Database.Database,
  options: FecExportOptions,
  sink: (chunk: Buffer) => void,
): Omit<ExportedFec, 'bytes'> {
  const year = sqlite.prepare('select end_date from fiscal_year where id = ?').get(options.fiscalYearId) as
    { end_date: string } | undefined;
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
  const unsafeTest = options.separator === 'tab' ? /[\t\r\n]/ : /[|\r\n]/;
  const clean = (text: string): string => (unsafeTest.test(text) ? text.replace(unsafe, ' ') : text);
  const amount = (cents: number): string => (cents === 0 ? '0,00' : formatFecAmount(cents));
  const issues: ValidationIssue[] = [];
  let rows: string[] = [FEC_COLUMNS.join(sep)];
  let entries = 0;
  let lines = 0;
  let lastEntry = -1;

  const emit = (chunk: Buffer): void => {
    if (issues.length === 0) sink(chunk);
  };
  const flush = (): void => {
    if (rows.length === 0) return;
    let text = rows.join(eol) + eol;
    rows = [];
    if (!latin9) {
      emit(Buffer.from(text, 'utf8'));
      return;
    }
    text = text.replace(TYPOGRAPHIC_CHARS, (c) => TYPOGRAPHIC[c] ?? c);
    if (LATIN9_PLAIN.test(text)) emit(Buffer.from(text.replace(LATIN9_SPECIAL, toLatin9Byte), 'latin1'));
    else if (firstUnencodable(text) === null) emit(Buffer.from(encodeLatin9(text)));
    else collectUnencodable(text, sep, eol, issues);
  };

  const accounts = new Map<number, string>();
  for (const raw of sqlite.prepare('select id, number, label from account').raw().iterate()) {
    const [id, number, label] = raw as [number, string, string];
    accounts.set(id, `${number}${sep}${clean(label)}`);
  }
  const auxAccounts = new Map<number, string>();
  for (const raw of sqlite.prepare('select id, number, label from aux_account').raw().iterate()) {
    const [id, number, label] = raw as [number, string, string];
    auxAccounts.set(id, `${clean(number)}${sep}${clean(label)}`);
  }
  const noAux = sep;

  let head = '';
  let piece = '';
  let valid = '';
  // Opening entries lead the file whatever their validation order.
  const statement = sqlite.prepare(LINES_SQL).raw();
  for (const opening of [1, 0])
    for (const raw of statement.iterate(options.fiscalYearId, opening)) {
      const r = raw as Row;
      if (r[0] !== lastEntry) {
        lastEntry = r[0];
        entries++;
        const date = ymd(r[4]);
        head = `${clean(r[1])}${sep}${clean(r[2])}${sep}${r[3]}${sep}${date}${sep}`;
        piece = `${clean(r[5])}${sep}${date}${sep}`;
        valid = ymd(r[6]);
      }
      lines++;
      const letter = r[12] === null ? '' : clean(r[12]);
      rows.push(
        `${head}${accounts.get(r[7])}${sep}${r[8] === null ? noAux : auxAccounts.get(r[8])}${sep}${piece}` +
          `${clean(r[9])}${sep}${amount(r[10])}${sep}${amount(r[11])}${sep}${letter}${sep}` +
          `${letter === '' || r[13] === null ? '' : ymd(r[13])}${sep}${valid}${sep}${sep}`,
      );
      if (rows.length >= CHUNK_ROWS) flush();
    }
  flush();
  if (issues.length > 0) throw new AppError('VALIDATION', 'fec.write.unencodable', { issues });
  return { fileName: `${company.siren}FEC${ymd(year.end_date)}.txt`, entries, lines };
}

/** Names the cells ISO-8859-15 cannot hold, by entry and column, so the user can fix the labels. */
function collectUnencodable(text: string, sep: string, eol: string, issues: ValidationIssue[]): void {
  for (const row of text.split(eol)) {
    if (issues.length >= MAX_ISSUES || firstUnencodable(row) === null) continue;
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
