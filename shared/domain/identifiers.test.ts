import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { frenchVatNumber, isValidSiren, isValidSiret, isValidVatNumber, luhnValid } from './identifiers';

describe('French identifiers', () => {
  test('real SIRENs and SIRETs pass, one changed digit fails', () => {
    // INSEE's own numbers and a well-known company's head office.
    expect(isValidSiren('732 829 320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiren('12345678')).toBe(false);
    expect(isValidSiren('abcdefghi')).toBe(false);
  });

  test("La Poste's establishments follow the sum-of-digits rule", () => {
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiret('35600000049838')).toBe(false);
  });

  test('the French VAT key is computed from the SIREN', () => {
    expect(frenchVatNumber('732829320')).toBe('FR44732829320');
    expect(isValidVatNumber('FR 44 732829320')).toBe(true);
    expect(isValidVatNumber('FR45732829320')).toBe(false);
    expect(isValidVatNumber('DE123456789')).toBe(true);
    expect(isValidVatNumber('US123456789')).toBe(false);
  });

  test('any single-digit change of a valid SIREN is caught by its Luhn key', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (body, pos, delta) => {
          const key = [...Array(10).keys()].find((k) => luhnValid(body + k))!;
          const siren = body + key;
          expect(isValidSiren(siren)).toBe(true);
          const digits = [...siren];
          digits[pos] = String((Number(digits[pos]) + delta) % 10);
          expect(isValidSiren(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});
