import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatFecAmount, parseFecAmount } from './amount';

const cents = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 });

describe('parseFecAmount', () => {
  test.each([
    ['1234,56', 123456],
    ['-12,5', -1250],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1234.56', 123456],
    ['0000000069,60', 6960],
    ['', 0],
    ['   ', 0],
    ['0,00', 0],
    ['-0,00', 0],
    ['+3', 300],
    ['12,', 1200],
    [',5', 50],
    ['12,340', 1234],
    [' 000000000001437,12', 143712],
    ['-000000000001437,12', -143712],
    ['15-', -1500],
  ])('%j is %d cents', (text, expected) => {
    expect(parseFecAmount(text)).toBe(expected);
  });

  test.each(['abc', '12,345', '1,2,3', '1.234,56', '--1', ',', '-', '1e3', '12 ,5x', '9999999999999999'])(
    '%j is refused',
    (text) => {
      expect(parseFecAmount(text)).toBeNull();
    },
  );
});

describe('formatFecAmount', () => {
  test.each([
    [123456, '1234,56'],
    [-1250, '-12,50'],
    [5, '0,05'],
    [-5, '-0,05'],
    [0, '0,00'],
  ])('%d cents is %j', (value, expected) => {
    expect(formatFecAmount(value)).toBe(expected);
  });

  test('refuses a fraction of a cent', () => {
    expect(() => formatFecAmount(1.5)).toThrow(RangeError);
  });
});

describe('round trips', () => {
  test('parse(format(c)) = c', () => {
    fc.assert(fc.property(cents, (c) => parseFecAmount(formatFecAmount(c)) === c));
  });

  test('format(parse(text)) = text for canonical text', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = formatFecAmount(c);
        return formatFecAmount(parseFecAmount(text) ?? NaN) === text;
      }),
    );
  });

  test('zero padding, grouping spaces and a dot decimal mark give the same cents', () => {
    fc.assert(
      fc.property(cents, fc.nat({ max: 6 }), fc.boolean(), (c, pad, dot) => {
        const abs = String(Math.abs(c)).padStart(3, '0');
        const whole = abs.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ' ');
        const text = `${c < 0 ? '-' : ''}${'0'.repeat(pad)}${whole}${dot ? '.' : ','}${abs.slice(-2)}`;
        return parseFecAmount(text) === c;
      }),
    );
  });
});
