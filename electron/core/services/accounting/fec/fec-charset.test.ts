import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeFec, encodeLatin9, firstUnencodable, latin9Byte } from './fec-charset';

const latin9 = new TextDecoder('iso-8859-15');

describe('ISO-8859-15 encoder', () => {
  test('agrees with the platform decoder on every printable byte', () => {
    for (let byte = 0; byte < 256; byte++) {
      if (byte >= 0x80 && byte < 0xa0) continue;
      const text = latin9.decode(new Uint8Array([byte]));
      expect(encodeLatin9(text)).toEqual(new Uint8Array([byte]));
    }
  });

  test('has no byte for the eight Latin-1 signs it replaced, nor for C1 controls', () => {
    expect([...'¤¦¨´¸¼½¾\u0085'].map((c) => latin9Byte(c.codePointAt(0) ?? 0))).toEqual(Array(9).fill(null));
    expect(firstUnencodable('Noël €5, Œuvre – fin')).toBe('–');
    expect(firstUnencodable('Noël €5, Œuvre')).toBeNull();
    expect(() => encodeLatin9('😀')).toThrow(RangeError);
  });

  test('encoding then decoding gives the text back', () => {
    const unit = fc.constantFrom(
      ...[...latin9.decode(Uint8Array.from({ length: 256 }, (_, i) => i))].filter((c) => {
        const code = c.codePointAt(0) ?? 0;
        return code < 0x80 || code >= 0xa0;
      }),
    );
    fc.assert(fc.property(fc.string({ unit }), (text) => latin9.decode(encodeLatin9(text)) === text));
  });
});

describe('decodeFec', () => {
  test('UTF-8 with and without a BOM', () => {
    const body = new TextEncoder().encode('Journal é');
    expect(decodeFec(body)).toEqual({ text: 'Journal é', encoding: 'utf-8', bom: false });
    expect(decodeFec(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({
      text: 'Journal é',
      encoding: 'utf-8',
      bom: true,
    });
  });

  test('invalid UTF-8 falls back to a single-byte set', () => {
    expect(decodeFec(new Uint8Array([0x4e, 0x6f, 0xeb, 0x6c, 0x20, 0xa4]))).toEqual({
      text: 'Noël €',
      encoding: 'iso-8859-15',
      bom: false,
    });
  });
});
