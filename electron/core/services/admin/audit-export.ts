import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import type { DB } from '../../db/schema';
import { auditRows, type ParsedAuditFilter } from './audit-query';

const HEADERS = {
  fr: ['N°', 'Date et heure (UTC)', 'Utilisateur', 'Identifiant', 'Opération', 'Type', 'Élément', 'Avant', 'Après'],
  en: ['No.', 'Time (UTC)', 'User id', 'Login', 'Operation', 'Entity type', 'Entity id', 'Before', 'After'],
} as const;

/** The audit trail as French spreadsheets open it: semicolons, a byte-order mark, CRLF line ends. */
export async function exportAuditCsv(
  db: Kysely<DB>,
  input: ParsedAuditFilter & { locale: 'fr' | 'en' },
  today: string,
) {
  const rows = await auditRows(db, input).execute();
  const data = rows.map((r) => [
    r.id,
    r.at,
    r.user_id,
    r.user_login,
    r.route,
    r.entity_type ?? '',
    r.entity_id ?? '',
    r.before_json ?? '',
    r.after_json ?? '',
  ]);
  // Recorded values come from users: a cell starting with '=' must not run as a formula in a spreadsheet.
  const csv = Papa.unparse(
    { fields: [...HEADERS[input.locale]], data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  const fileName = `${input.locale === 'fr' ? 'journal-audit' : 'audit-trail'}-${today}.csv`;
  return { fileName, csv: `\ufeff${csv}\r\n`, rows: rows.length };
}
