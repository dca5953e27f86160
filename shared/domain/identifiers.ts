// French company identifiers. SIREN and SIRET carry a Luhn key; the intra-EU VAT number of a French
// company carries a key derived from its SIREN: (12 + 3 × (SIREN mod 97)) mod 97.

const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function normalizeDigits(value: string): string {
  return value.replace(/[\s.\u00a0-]/g, '');
}

export function isValidSiren(value: string): boolean {
  const v = normalizeDigits(value);
  return /^\d{9}$/.test(v) && luhnValid(v);
}

export function isValidSiret(value: string): boolean {
  const v = normalizeDigits(value);
  if (!/^\d{14}$/.test(v)) return false;
  // La Poste's establishments are numbered beyond what Luhn allows: INSEE checks the digit sum modulo 5.
  if (v.startsWith(LA_POSTE_SIREN) && v !== `${LA_POSTE_SIREN}00048`) {
    const sum = [...v].reduce((acc, c) => acc + Number(c), 0);
    return sum % 5 === 0;
  }
  return luhnValid(v);
}

export function frenchVatKey(siren: string): string {
  const n = Number(normalizeDigits(siren)) % 97;
  return String((12 + 3 * n) % 97).padStart(2, '0');
}

export function frenchVatNumber(siren: string): string {
  const s = normalizeDigits(siren);
  return `FR${frenchVatKey(s)}${s}`;
}

const EU_VAT_PREFIXES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EL',
  'ES',
  'FI',
  'FR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'XI',
];

export function normalizeVatNumber(value: string): string {
  return value.replace(/[\s.\u00a0-]/g, '').toUpperCase();
}

/** A French number is checked against its key; other member states' numbers are checked for shape only. */
export function isValidVatNumber(value: string): boolean {
  const v = normalizeVatNumber(value);
  const prefix = v.slice(0, 2);
  if (!EU_VAT_PREFIXES.includes(prefix)) return false;
  if (prefix === 'FR') {
    const m = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(v);
    if (!m) return false;
    const [, key, siren] = m as unknown as [string, string, string];
    // Keys made of letters are issued to entities without a SIREN key match; only numeric keys are computable.
    if (/^\d{2}$/.test(key)) return key === frenchVatKey(siren);
    return true;
  }
  return /^[A-Z0-9+*]{2,12}$/.test(v.slice(2));
}
