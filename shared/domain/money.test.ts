import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyRate, centsToDecimal, formatCents, parseAmount } from './money';

describe('money', () => {
  test('decimal text', () => {
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(-5)).toBe('-0.05');
    expect(centsToDecimal(0)).toBe('0.00');
  });
  test('formatted for people', () => {
    expect(formatCents(123456789, 'fr')).toBe('1\u202f234\u202f567,89');
    expect(formatCents(123456789, 'en')).toBe('1,234,567.89');
    expect(formatCents(-100, 'fr')).toBe('-1,00');
  });
  test('parsing what a clerk types', () => {
    expect(parseAmount('1 234,5')).toBe(123450);
    expect(parseAmount('1234.56')).toBe(123456);
    expect(parseAmount('-12,30')).toBe(-1230);
    expect(parseAmount('12')).toBe(1200);
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('1.2.3')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
  test('parse inverts the decimal text', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => parseAmount(centsToDecimal(c)) === c));
  });
  test('rates round half away from zero', () => {
    expect(applyRate(1000, 2000)).toBe(200);
    expect(applyRate(1, 5000)).toBe(1);
    expect(applyRate(-1, 5000)).toBe(-1);
    expect(applyRate(1, 4999)).toBe(0);
    expect(applyRate(333, 550)).toBe(18); // 18.315
  });
});
