import { parseBankAmount, parseCompactDate } from './bank-values';
import { badFile, lineAt, periodOf, type ParsedLine, type ParsedStatement } from './statement-file';

// OFX, both the SGML 1.x files French banks still export (leaf elements without closing tags, a header of
// KEY:VALUE lines) and XML 2.x. Aggregates such as STMTTRN close in both, and a leaf's value always runs up to the
// next '<' or line end, so one reading serves both.

export function decodeOfx(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 600));
  const legacy = /CHARSET:\s*(1252|ISO-8859-1)/i.test(head) || /encoding="(windows-1252|iso-8859-1)"/i.test(head);
  const text = new TextDecoder(legacy ? 'windows-1252' : 'utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The leaf values of one aggregate's text: the first of each tag, outside nested aggregates too. */
function leaves(block: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of block.matchAll(/<([A-Z0-9.]+)>([^<\r\n]*)/gi)) {
    const tag = m[1]!.toUpperCase();
    const value = unescapeXml(m[2]!.trim());
    if (value !== '' && !values.has(tag)) values.set(tag, value);
  }
  return values;
}

function amount(text: string | undefined, line: number): number {
  const raw = text ?? '';
  // Some French banks write the OFX amount with a decimal comma.
  const cents = parseBankAmount(raw, raw.includes(',') && !raw.includes('.') ? 'comma' : 'point');
  if (cents === null) throw badFile('errors.bankFileAmount', line, raw);
  return cents;
}

function block(text: string, tag: string): { body: string; at: number } | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(text);
  return m ? { body: m[1]!, at: m.index } : null;
}

export function parseOfxStatement(bytes: Uint8Array): ParsedStatement {
  const text = decodeOfx(bytes);
  if (!/<OFX>/i.test(text)) throw badFile('errors.bankFileFormat', 1);
  const lines: ParsedLine[] = [];
  for (const m of text.matchAll(/<STMTTRN>([\s\S]*?)<\/STMTTRN>/gi)) {
    const fileLine = lineAt(text, m.index);
    const v = leaves(m[1]!);
    const lineOf = (tag: string) => lineAt(text, m.index + Math.max(0, m[0].indexOf(`<${tag}>`)));
    const dateText = v.get('DTPOSTED') ?? '';
    const date = parseCompactDate(dateText);
    if (date === null) throw badFile('errors.bankFileDate', lineOf('DTPOSTED'), dateText);
    const user = v.get('DTUSER');
    const name = v.get('NAME') ?? '';
    const memo = v.get('MEMO') ?? '';
    const label = [name, memo && memo !== name ? memo : ''].filter(Boolean).join(' ') || (v.get('TRNTYPE') ?? '');
    lines.push({
      date,
      valueDate: user ? parseCompactDate(user) : null,
      label: label.replace(/\s+/g, ' '),
      reference: v.get('CHECKNUM') ?? v.get('REFNUM') ?? v.get('FITID') ?? null,
      amount: amount(v.get('TRNAMT'), lineOf('TRNAMT')),
      fileLine,
    });
  }
  if (lines.length === 0) throw badFile('errors.bankFileEmpty', null);
  const list = block(text, 'BANKTRANLIST');
  const listValues = list ? leaves(list.body.replace(/<STMTTRN>[\s\S]*?<\/STMTTRN>/gi, '')) : new Map<string, string>();
  const ledger = block(text, 'LEDGERBAL');
  let closingBalance: number | null = null;
  if (ledger) closingBalance = amount(leaves(ledger.body).get('BALAMT'), lineAt(text, ledger.at));
  const period = periodOf(lines);
  return {
    format: 'ofx',
    lines,
    openingBalance: null,
    closingBalance,
    periodFrom: parseCompactDate(listValues.get('DTSTART') ?? '') ?? period.from,
    periodTo: parseCompactDate(listValues.get('DTEND') ?? '') ?? period.to,
  };
}
