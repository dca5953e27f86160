// IBAN checks (ISO 13616): the country's length and the mod-97 check digits. Shared so that the bank account form
// refuses a mistyped IBAN before the core does.

const LENGTHS: Record<string, number> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  LU: 20,
  NL: 18,
  CH: 21,
  GB: 22,
  PT: 25,
  AT: 20,
  IE: 22,
};

/** Spaces removed, upper case: how an IBAN is stored. */
export function normalizeIban(text: string): string {
  return text.replace(/[\s\u00a0-]/g, '').toUpperCase();
}

/** Groups of four, as printed on a RIB. */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

export function isValidIban(text: string): boolean {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  // Letters count as 10..35; the remainder is taken digit by digit so no number outgrows a double.
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}
