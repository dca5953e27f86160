import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import type { z } from 'zod';
import type { parties } from '../../../../shared/contract/parties';
import type { DB } from '../../db/schema';
import { sortedParties } from './party-list';

type ExportInput = z.output<(typeof parties)['parties.party.exportCsv']['input']>;

const HEADERS = {
  fr: [
    'Code',
    'Nom',
    'Client',
    'Fournisseur',
    'SIREN',
    'SIRET',
    'N° TVA',
    'E-mail',
    'Téléphone',
    'Code postal',
    'Ville',
    'Archivé',
  ],
  en: [
    'Code',
    'Name',
    'Customer',
    'Supplier',
    'SIREN',
    'SIRET',
    'VAT number',
    'Email',
    'Phone',
    'Postal code',
    'City',
    'Archived',
  ],
} as const;
const YES_NO = { fr: ['oui', 'non'], en: ['yes', 'no'] } as const;

/** CSV the way French spreadsheets open it: semicolons, a byte-order mark, CRLF line ends. */
export async function exportPartiesCsv(db: Kysely<DB>, input: ExportInput, today: string) {
  const rows = await sortedParties(db, input).execute();
  const [yes, no] = YES_NO[input.locale];
  const data = rows.map((r) => [
    r.code,
    r.name,
    r.is_customer ? yes : no,
    r.is_supplier ? yes : no,
    r.siren ?? '',
    r.siret ?? '',
    r.vat_number ?? '',
    r.email ?? '',
    r.phone ?? '',
    r.postal_code ?? '',
    r.city ?? '',
    r.archived ? yes : no,
  ]);
  const csv = Papa.unparse({ fields: [...HEADERS[input.locale]], data }, { delimiter: ';', newline: '\r\n' });
  const fileName = `${input.locale === 'fr' ? 'tiers' : 'third-parties'}-${today}.csv`;
  return { fileName, csv: `\ufeff${csv}\r\n`, rows: rows.length };
}
