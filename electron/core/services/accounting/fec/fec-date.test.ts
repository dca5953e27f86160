import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatFecDate, parseFecDate } from './fec-date';

describe('FEC dates', () => {
  test.each([
    ['20240229', '2024-02-29'],
    ['20000229', '2000-02-29'],
    [' 20231231 ', '2023-12-31'],
    ['20230229', null],
    ['19000229', null],
    ['20231301', null],
    ['20230100', null],
    ['2023-01-01', null],
    ['01/01/2023', null],
    ['', null],
  ])('%j reads as %j', (text, expected) => {
    expect(parseFecDate(text)).toBe(expected);
  });

  test('format and parse are inverse over real dates', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        return parseFecDate(formatFecDate(iso)) === iso;
      }),
    );
  });

  test('formatting refuses what is not a YYYY-MM-DD date', () => {
    expect(() => formatFecDate('2024-02-30')).toThrow(RangeError);
    expect(() => formatFecDate('20240101')).toThrow(RangeError);
  });
});
