import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyRate,
  centsToDecimal,
  decimalToCents,
  DecimalFormatError,
  decimalToScaled,
  normalizeDecimal,
  percentToBasisPoints,
  scaledToDecimal,
} from './decimal';

const safeCents = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });

describe('decimal amounts', () => {
  test('reads amounts to integer cents', () => {
    expect(decimalToCents('0')).toBe(0);
    expect(decimalToCents('12')).toBe(1200);
    expect(decimalToCents('12.5')).toBe(1250);
    expect(decimalToCents('12.50')).toBe(1250);
    expect(decimalToCents('-218.48')).toBe(-21848);
    expect(decimalToCents('+3.1')).toBe(310);
    expect(decimalToCents('.5')).toBe(50);
    expect(decimalToCents('7.')).toBe(700);
    expect(decimalToCents(' 1436.5 ')).toBe(143650);
    expect(decimalToCents('-0.00')).toBe(0);
    expect(Object.is(decimalToCents('-0.001'), 0)).toBe(true);
  });

  test('rounds beyond two decimals half away from zero', () => {
    expect(decimalToCents('0.125')).toBe(13);
    expect(decimalToCents('0.1249')).toBe(12);
    expect(decimalToCents('-0.125')).toBe(-13);
    expect(decimalToCents('-0.1249')).toBe(-12);
    expect(decimalToCents('3.3333')).toBe(333);
    expect(decimalToCents('9.995')).toBe(1000);
  });

  test('refuses what is not a plain decimal', () => {
    for (const bad of ['', ' ', '.', '-', '1e3', '1,5', '12.3.4', 'abc', '0x10', 'NaN', '99999999999999999999']) {
      expect(() => decimalToCents(bad), bad).toThrow(DecimalFormatError);
    }
  });

  test('reads percentages to basis points', () => {
    expect(percentToBasisPoints('20')).toBe(2000);
    expect(percentToBasisPoints('5.5')).toBe(550);
    expect(percentToBasisPoints('19.00')).toBe(1900);
    expect(percentToBasisPoints('0')).toBe(0);
  });

  test('applies a rate in integers', () => {
    expect(applyRate(12937, 700)).toBe(906);
    expect(applyRate(6440, 1900)).toBe(1224);
    expect(applyRate(-6440, 1900)).toBe(-1224);
    expect(applyRate(50, 1000)).toBe(5);
    expect(applyRate(5, 1000)).toBe(1);
  });

  test('cents → text → cents is the identity', () => {
    fc.assert(fc.property(safeCents, (cents) => decimalToCents(centsToDecimal(cents)) === cents));
  });

  test('any scale round-trips', () => {
    fc.assert(
      fc.property(safeCents, fc.integer({ min: 0, max: 6 }), (value, scale) => {
        const text = scaledToDecimal(value, scale);
        return decimalToScaled(text, scale) === value && decimalToScaled(normalizeDecimal(text), scale) === value;
      }),
    );
  });

  test('extra digits round to the nearest cent, halves away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 0, max: 9 }),
        fc.stringMatching(/^\d{0,4}$/),
        (cents, digit, rest) => {
          const text = centsToDecimal(cents) + String(digit) + rest;
          const away = cents < 0 ? -1 : 1;
          const expected = digit >= 5 ? cents + away : cents;
          return decimalToCents(text) === expected;
        },
      ),
    );
  });

  test('text → cents → text keeps the value of two-decimal amounts', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?[1-9]\d{0,11}\.\d{2}$/),
        (text) => centsToDecimal(decimalToCents(text)) === text,
      ),
    );
  });
});
