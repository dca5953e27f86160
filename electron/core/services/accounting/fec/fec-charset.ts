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
    return bytes.some((b) => b >= 0x80 && b <= 0x9f)
      ? { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false }
      : { text: new TextDecoder('iso-8859-15').decode(bytes), encoding: 'iso-8859-15', bom: false };
  }
}

// Windows-1252 0x80–0x9F; the five unassigned bytes keep their C1 code point. Decoded by hand because Node's
// TextDecoder('windows-1252') returns ISO-8859-1 for these bytes (0x92 becomes U+0092, not ’).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
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
