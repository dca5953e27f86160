import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { ZipFileWriter } from './zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'coulisse-zip-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('entries pushed in chunks come back whole, deflated or stored', () => {
  const path = join(dir, 'ok.zip');
  const zip = new ZipFileWriter(path, new Date('2026-01-02T03:04:05Z'));
  const text = Buffer.from('ligne ; é 🎉\r\n'.repeat(10_000), 'utf8');
  const entry = zip.open('a/text.csv');
  for (let i = 0; i < text.length; i += 4096) entry.push(text.subarray(i, i + 4096));
  expect(entry.end().size).toBe(text.length);
  const binary = randomBytes(100_000);
  zip.add('b/bin.pdf', binary, true);
  const size = zip.finish();
  const bytes = readFileSync(path);
  expect(bytes.length).toBe(size);
  // Deflated text is far smaller than the text: it was compressed, not stored.
  expect(size).toBeLessThan(text.length / 4 + binary.length + 1000);
  const files = unzipSync(bytes);
  expect(Buffer.from(files['a/text.csv']!).equals(text)).toBe(true);
  expect(Buffer.from(files['b/bin.pdf']!).equals(binary)).toBe(true);
});

test('an archive beyond what a zip without Zip64 can address is refused, not written corrupt', () => {
  const zip = new ZipFileWriter(join(dir, 'big.zip'), new Date(), 50_000);
  expect(() => zip.add('random.bin', randomBytes(60_000), true)).toThrow('errors.exportBeyondZip32');
  zip.abort();
});
