import type { Company } from '../../../../../shared/contract/admin';
import type { PostalAddress } from './source';

// Country names a clerk may write on the last line of an address, folded (lower case, no accents).
const COUNTRY_NAMES: Record<string, string> = {
  france: 'FR',
  allemagne: 'DE',
  germany: 'DE',
  deutschland: 'DE',
  belgique: 'BE',
  belgium: 'BE',
  espagne: 'ES',
  spain: 'ES',
  italie: 'IT',
  italy: 'IT',
  luxembourg: 'LU',
  'pays-bas': 'NL',
  netherlands: 'NL',
  portugal: 'PT',
  irlande: 'IE',
  ireland: 'IE',
  autriche: 'AT',
  austria: 'AT',
  suisse: 'CH',
  switzerland: 'CH',
  'royaume-uni': 'GB',
  'united kingdom': 'GB',
  'etats-unis': 'US',
  'united states': 'US',
  usa: 'US',
  canada: 'CA',
  monaco: 'MC',
  pologne: 'PL',
  poland: 'PL',
  suede: 'SE',
  sweden: 'SE',
  danemark: 'DK',
  denmark: 'DK',
  maroc: 'MA',
  tunisie: 'TN',
  algerie: 'DZ',
};

const TWO_PART_POSTCODES = new Set(['GB', 'NL', 'CA', 'IE', 'MT']);

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

function countryOf(line: string): string | null {
  const t = line.trim();
  if (/^[A-Z]{2}$/.test(t)) return t;
  return COUNTRY_NAMES[fold(t)] ?? null;
}

/** A VAT number starts with its state's code; Greece writes EL where ISO says GR. */
function countryOfVatNumber(vatNumber: string | null | undefined): string | null {
  const prefix = /^([A-Z]{2})/.exec(vatNumber?.trim().toUpperCase() ?? '')?.[1];
  if (!prefix) return null;
  return prefix === 'EL' ? 'GR' : prefix;
}

/**
 * Reads an address written as lines ("12 rue X", "75001 Paris", "France"): street lines, then postcode and city
 * (the first word holds a digit: "75001", "D-10115", "L-1234"), then an optional country line (name or ISO code).
 * Without a country line the VAT number's prefix decides, else France.
 */
export function parseAddressText(
  text: string,
  options: { skipName?: string | null; vatNumber?: string | null } = {},
): PostalAddress {
  let lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (options.skipName && lines[0] !== undefined && fold(lines[0]) === fold(options.skipName)) lines = lines.slice(1);

  let country: string | null = null;
  const last = lines.at(-1);
  if (last !== undefined && lines.length > 1) {
    country = countryOf(last);
    if (country !== null) lines = lines.slice(0, -1);
  }

  let postalCode: string | null = null;
  let city: string | null = null;
  // Postcodes in two parts (GB "SW1A 1AA", NL "1012 AB", CA "M5H 3T4") are only recognized with their country.
  const twoParts = country !== null && TWO_PART_POSTCODES.has(country);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    const m =
      (twoParts ? /^([A-Z0-9]{2,4} [A-Z0-9]{2,3})\s+(.+)$/.exec(line) : null) ?? /^(\S*\d\S*)\s+(.+)$/.exec(line);
    if (m && i > 0) {
      postalCode = (m[1] ?? '').replace(/^[A-Z]{1,2}-(?=\d)/, '');
      city = m[2] ?? null;
      lines = lines.filter((_, j) => j !== i);
      break;
    }
  }
  if (city === null && lines.length > 1) {
    city = lines.at(-1) ?? null;
    lines = lines.slice(0, -1);
  }

  const [line1 = null, line2 = null, ...rest] = lines;
  return {
    line1,
    line2,
    line3: rest.length > 0 ? rest.join(', ') : null,
    postalCode,
    city,
    country: country ?? countryOfVatNumber(options.vatNumber) ?? 'FR',
  };
}

export function companyAddress(company: Company): PostalAddress {
  return {
    line1: company.addressLine1,
    line2: company.addressLine2,
    line3: null,
    postalCode: company.postalCode,
    city: company.city,
    country: company.country,
  };
}
