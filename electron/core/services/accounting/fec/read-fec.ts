import { formatFecAmount, parseFecAmount } from './amount';
import { decodeFec } from './fec-charset';
import { parseFecDate } from './fec-date';
import { parseHeader, type FecColumn, type FecHeader } from './fec-header';
import type { FecEntry, FecIssue, FecLine, FecReadResult, FecSeparator } from './fec-types';

/** Past this many errors the file is clearly not a FEC; listing more helps nobody. */
const MAX_ERRORS = 200;

/** Reads a FEC file: detects its encoding and separator, checks it and groups its lines into entries. */
export function readFec(bytes: Uint8Array, fileName: string): FecReadResult {
  const { text, encoding, bom } = decodeFec(bytes);
  const rawLines = text.split(/\r\n|\r|\n/);
  const headerLine = rawLines[0] ?? '';
  if (headerLine.trim() === '') return fail(1, 'fec.header.empty');
  const separator: FecSeparator = headerLine.includes('\t') ? 'tab' : headerLine.includes('|') ? 'pipe' : 'tab';
  const sep = separator === 'tab' ? '\t' : '|';
  const parsedHeader = parseHeader(headerLine.split(sep));
  if (!parsedHeader.ok) return fail(1, 'fec.header.missingColumns', { columns: parsedHeader.missing.join(', ') });
  const header = parsedHeader.header;

  const errors: FecIssue[] = [];
  const report = (issue: FecIssue): void => {
    if (errors.length < MAX_ERRORS) errors.push(issue);
  };
  const entries = new Map<string, { entry: FecEntry; line: number }>();
  const accounts = new Map<string, string>();
  const journals = new Map<string, string>();
  const auxiliaries = new Map<string, string>();
  let missingValidDate = 0;

  for (let i = 1; i < rawLines.length; i++) {
    const raw = rawLines[i] ?? '';
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    const cells = raw.split(sep);
    if (cells.length <= header.lastUsed || cells.slice(header.width).some((c) => c.trim() !== '')) {
      report({
        line: lineNo,
        messageKey: 'fec.line.columnCount',
        params: { expected: header.width, actual: cells.length },
      });
      continue;
    }
    const row = parseRow(cells, header, lineNo, report);
    if (row === null) continue;
    const { journalCode, journalLib, ecritureNum, line } = row;
    if (line.validDate === null) missingValidDate++;
    if (!journals.has(journalCode)) journals.set(journalCode, journalLib);
    if (!accounts.has(line.compteNum)) accounts.set(line.compteNum, line.compteLib);
    if (line.compAuxNum !== '' && !auxiliaries.has(line.compAuxNum)) auxiliaries.set(line.compAuxNum, line.compAuxLib);
    const key = `${journalCode}\u0000${ecritureNum}`;
    const group = entries.get(key);
    if (group === undefined) {
      const entry = { journalCode, journalLib, ecritureNum, ecritureDate: line.ecritureDate, lines: [line] };
      entries.set(key, { entry, line: lineNo });
    } else {
      group.entry.lines.push(line);
    }
  }

  if (entries.size === 0 && errors.length === 0) report({ line: 0, messageKey: 'fec.file.noLines', params: {} });
  for (const { entry, line } of entries.values()) {
    let difference = 0;
    for (const l of entry.lines) difference += l.debit - l.credit;
    if (difference !== 0) {
      report({
        line,
        messageKey: 'fec.entry.unbalanced',
        params: {
          journalCode: entry.journalCode,
          ecritureNum: entry.ecritureNum,
          date: entry.ecritureDate,
          difference: formatFecAmount(difference),
          differenceCents: difference,
        },
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const warnings: FecIssue[] = [];
  const name = fileNameParts(fileName);
  if (name.siren === null || name.closingDate === null) {
    warnings.push({ line: 0, messageKey: 'fec.fileName.invalid', params: { fileName: name.baseName } });
  }
  if (missingValidDate > 0) {
    warnings.push({ line: 0, messageKey: 'fec.validDate.missing', params: { count: missingValidDate } });
  }
  return {
    ok: true,
    entries: [...entries.values()].map((g) => g.entry),
    accounts,
    journals,
    auxiliaries,
    encoding,
    bom,
    separator,
    siren: name.siren,
    closingDate: name.closingDate,
    extraColumns: header.extraColumns,
    warnings,
  };
}

interface ParsedRow {
  journalCode: string;
  journalLib: string;
  ecritureNum: string;
  line: FecLine;
}

function parseRow(cells: string[], header: FecHeader, line: number, report: (i: FecIssue) => void): ParsedRow | null {
  let valid = true;
  const cell = (column: FecColumn | 'Montant' | 'Sens'): string => {
    const at = header.positions.get(column);
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
  const required = (column: FecColumn): string => {
    const value = cell(column);
    if (value === '') {
      valid = false;
      report({ line, messageKey: 'fec.field.required', params: { field: column } });
    }
    return value;
  };
  const date = (column: FecColumn, mandatory: boolean): string | null => {
    const value = cell(column);
    if (value === '') {
      if (mandatory) required(column);
      return null;
    }
    const parsed = parseFecDate(value);
    if (parsed === null) {
      valid = false;
      report({ line, messageKey: 'fec.date.invalid', params: { field: column, value } });
    }
    return parsed;
  };
  const amount = (column: FecColumn | 'Montant'): number => {
    const value = cell(column);
    const parsed = parseFecAmount(value);
    if (parsed === null) {
      valid = false;
      report({ line, messageKey: 'fec.amount.invalid', params: { field: column, value } });
    }
    return parsed ?? 0;
  };

  const journalCode = required('JournalCode');
  const ecritureNum = required('EcritureNum');
  const compteNum = required('CompteNum');
  if (compteNum !== '' && !/^\d{3}/.test(compteNum)) {
    valid = false;
    report({ line, messageKey: 'fec.account.invalid', params: { value: compteNum } });
  }
  let debit = 0;
  let credit = 0;
  if (header.signed) {
    const montant = amount('Montant');
    const sens = cell('Sens').toUpperCase();
    if (sens === 'D' || sens === '+1' || sens === '1') debit = montant;
    else if (sens === 'C' || sens === '-1') credit = montant;
    else {
      valid = false;
      report({ line, messageKey: 'fec.sens.invalid', params: { value: cell('Sens') } });
    }
  } else {
    debit = amount('Debit');
    credit = amount('Credit');
  }
  const devise = cell('Montantdevise');
  const fecLine: FecLine = {
    ecritureDate: date('EcritureDate', true) ?? '',
    compteNum,
    compteLib: cell('CompteLib'),
    compAuxNum: cell('CompAuxNum'),
    compAuxLib: cell('CompAuxLib'),
    pieceRef: cell('PieceRef'),
    pieceDate: date('PieceDate', false),
    ecritureLib: cell('EcritureLib'),
    debit,
    credit,
    ecritureLet: cell('EcritureLet'),
    dateLet: date('DateLet', false),
    validDate: date('ValidDate', false),
    montantDevise: devise === '' ? null : amount('Montantdevise'),
    idevise: cell('Idevise'),
  };
  return valid ? { journalCode, journalLib: cell('JournalLib'), ecritureNum, line: fecLine } : null;
}

/** `<SIREN>FEC<AAAAMMJJ>.ext`; either part is null when it does not follow that pattern. */
export function fileNameParts(fileName: string): {
  baseName: string;
  siren: string | null;
  closingDate: string | null;
} {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const match = /^(\d+)FEC(\d{8})(?:\.|$)/i.exec(baseName);
  return {
    baseName,
    siren: match?.[1]?.length === 9 ? match[1] : null,
    closingDate: match?.[2] === undefined ? null : parseFecDate(match[2]),
  };
}

function fail(line: number, messageKey: string, params: Record<string, string> = {}): FecReadResult {
  return { ok: false, errors: [{ line, messageKey, params }] };
}
