import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

// Reads the PDFs back the way a reader would, with poppler's command-line tools (poppler-utils).

export const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function withFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'coulisse-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF (or of one page), with the no-break spaces of French numbers made plain spaces. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  return withFile(bytes, (file) => {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    const out = execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
    return out.replace(/[\u00a0\u202f]/g, ' ');
  });
}

export function pdfFonts(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

export function pdfImages(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }));
}

/** A small solid-colour PNG, as a data URL: a logo for the tests. */
export function pngDataUrl(width: number, height: number, rgb: [number, number, number]): string {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** How many pixels of the first page, rendered in grey at 30 dpi, have a value within [lo, hi] (0 black, 255 white). */
export function grayPixels(bytes: Uint8Array, lo: number, hi: number): number {
  return withFile(bytes, (file) => {
    const root = `${file}-page`;
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', '-singlefile', file, root]);
    const pgm = readFileSync(`${root}.pgm`);
    // P5 header: magic, width, height, maxval, then one whitespace byte before the pixels.
    const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PGM image');
    let n = 0;
    for (const v of pgm.subarray(header[0].length)) if (v >= lo && v <= hi) n++;
    return n;
  });
}
