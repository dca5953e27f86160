// Character sets a FEC may use. The arrêté names ASCII and ISO-8859-15; UTF-8 (with or without a BOM) is common.

export type FecEncoding = 'utf-8' | 'iso-8859-15' | 'windows-1252';

export interface DecodedFec {
  text: string;
  encoding: FecEncoding;
  bom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Valid UTF-8 is read as UTF-8; anything else is a single-byte file. Bytes 0x80–0x9F are control codes in
 * ISO-8859-15 but letters and signs (€, Œ, ’…) in Windows-1252, so their presence picks Windows-1252.
 */
export function decodeFec(bytes: Uint8Array): DecodedFec {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8', bom };
  } catch {
    const encoding: FecEncoding = bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : 'iso-8859-15';
    return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: false };
  }
}

// The eight places where ISO-8859-15 differs from ISO-8859-1.
const LATIN9_SPECIALS = new Map<number, number>([
  [0x20ac, 0xa4], // €
  [0x0160, 0xa6], // Š
  [0x0161, 0xa8], // š
  [0x017d, 0xb4], // Ž
  [0x017e, 0xb8], // ž
  [0x0152, 0xbc], // Œ
  [0x0153, 0xbd], // œ
  [0x0178, 0xbe], // Ÿ
]);
const LATIN1_DISPLACED = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/** The ISO-8859-15 byte of a code point, or null when the character has none (C1 controls count as none). */
export function latin9Byte(codePoint: number): number | null {
  if (codePoint < 0x80) return codePoint;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return LATIN1_DISPLACED.has(codePoint) ? null : codePoint;
  return LATIN9_SPECIALS.get(codePoint) ?? null;
}

/** First character of `text` that ISO-8859-15 cannot hold, or null. */
export function firstUnencodable(text: string): string | null {
  for (const ch of text) {
    if (latin9Byte(ch.codePointAt(0) ?? 0) === null) return ch;
  }
  return null;
}

/** Encodes to ISO-8859-15; the caller has checked every character with `firstUnencodable`. */
export function encodeLatin9(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const byte = latin9Byte(ch.codePointAt(0) ?? 0);
    if (byte === null) throw new RangeError(`Not representable in ISO-8859-15: ${ch}`);
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
