import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseBankAmount, parseIsoDate } from './bank-values';
import { badFile, lineAt, periodOf, type ParsedLine, type ParsedStatement } from './statement-file';

// ISO 20022 camt.053 (bank to customer statement), any version from 001.02: Stmt/Bal gives the opening (OPBD)
// and closing (CLBD) booked balances, each Ntry one booked movement.

type Node = Record<string, unknown>;

const ARRAYS = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

function at(node: unknown, ...path: string[]): unknown {
  let cur = node;
  for (const key of path) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Node)[key];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

function text(node: unknown, ...path: string[]): string | null {
  const v = at(node, ...path);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  return null;
}

function list(node: unknown, key: string): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];
}

function signed(node: unknown, line: number): number {
  const raw = text(node, 'Amt') ?? '';
  const cents = parseBankAmount(raw, 'point');
  if (cents === null || cents < 0) throw badFile('errors.bankFileAmount', line, raw);
  const side = text(node, 'CdtDbtInd');
  if (side !== 'CRDT' && side !== 'DBIT') throw badFile('errors.bankFileSide', line, side ?? '');
  return side === 'DBIT' ? -cents : cents;
}

function dateOf(node: unknown, key: string): string | null {
  const raw = text(node, key, 'Dt') ?? text(node, key, 'DtTm');
  return raw ? parseIsoDate(raw) : null;
}

/** Line numbers of each `<tag` in the text, in order: XML parsing loses them. */
function tagLines(xml: string, tag: string): number[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}[\\s>]`, 'g'))].map((m) => lineAt(xml, m.index));
}

export function parseCamtStatement(bytes: Uint8Array): ParsedStatement {
  let xml = new TextDecoder('utf-8').decode(bytes);
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw badFile('errors.bankFileXml', valid.err.line, valid.err.msg);
  const doc = parser.parse(xml) as Node;
  const statements = list(at(doc, 'Document', 'BkToCstmrStmt'), 'Stmt');
  if (statements.length === 0) throw badFile('errors.bankFileFormat', 1);
  const entryLines = tagLines(xml, 'Ntry');
  const balanceLines = tagLines(xml, 'Bal');
  const lines: ParsedLine[] = [];
  let openingBalance: number | null = null;
  let closingBalance: number | null = null;
  let balanceNo = 0;
  let periodFrom: string | null = null;
  let periodTo: string | null = null;
  for (const stmt of statements) {
    for (const bal of list(stmt, 'Bal')) {
      const line = balanceLines[balanceNo++] ?? 1;
      const code = text(bal, 'Tp', 'CdOrPrtry', 'Cd');
      // The first opening and the last closing balance span a file holding several statements.
      if ((code === 'OPBD' || code === 'PRCD') && openingBalance === null) openingBalance = signed(bal, line);
      if (code === 'CLBD') closingBalance = signed(bal, line);
    }
    periodFrom ??= parseIsoDate(text(stmt, 'FrToDt', 'FrDtTm') ?? '');
    periodTo = parseIsoDate(text(stmt, 'FrToDt', 'ToDtTm') ?? '') ?? periodTo;
    for (const ntry of list(stmt, 'Ntry')) {
      const fileLine = entryLines[lines.length] ?? 1;
      const status = text(ntry, 'Sts') ?? text(ntry, 'Sts', 'Cd');
      if (status !== null && status !== 'BOOK') continue;
      const date = dateOf(ntry, 'BookgDt');
      if (date === null) throw badFile('errors.bankFileDate', fileLine, text(ntry, 'BookgDt', 'Dt') ?? '');
      const tx = at(ntry, 'NtryDtls', 'TxDtls');
      const ustrd = list(at(tx, 'RmtInf'), 'Ustrd')
        .map((u) => String(u).trim())
        .join(' ');
      const party = text(tx, 'RltdPties', 'Dbtr', 'Nm') ?? text(tx, 'RltdPties', 'Cdtr', 'Nm');
      const info = text(ntry, 'AddtlNtryInf');
      const label = [...new Set([info, party, ustrd].filter((s): s is string => !!s))].join(' / ');
      lines.push({
        date,
        valueDate: dateOf(ntry, 'ValDt'),
        label: label.replace(/\s+/g, ' ') || '-',
        reference:
          text(ntry, 'NtryRef') ??
          text(tx, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref') ??
          text(tx, 'Refs', 'EndToEndId') ??
          text(ntry, 'AcctSvcrRef'),
        amount: signed(ntry, fileLine),
        fileLine,
      });
    }
  }
  if (lines.length === 0) throw badFile('errors.bankFileEmpty', null);
  const period = periodOf(lines);
  return {
    format: 'camt053',
    lines,
    openingBalance,
    closingBalance,
    periodFrom: periodFrom ?? period.from,
    periodTo: periodTo ?? period.to,
  };
}
