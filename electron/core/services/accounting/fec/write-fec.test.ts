import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { SAMPLE_FILES, sampleBytes } from './fec-samples';
import type { FecEntry, FecLine, FecReadResult, FecReadSuccess } from './fec-types';
import { readFec } from './read-fec';
import { trialBalance } from './trial-balance';
import { writeFec, type WriteFecOptions } from './write-fec';

function ok(result: FecReadResult): FecReadSuccess {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result;
}

const baseLine: FecLine = {
  ecritureDate: '2024-03-05',
  compteNum: '512000',
  compteLib: 'Banque',
  compAuxNum: '',
  compAuxLib: '',
  pieceRef: 'F-1',
  pieceDate: '2024-03-04',
  ecritureLib: 'Règlement',
  debit: 123456,
  credit: 0,
  ecritureLet: '',
  dateLet: null,
  validDate: '2024-03-06',
  montantDevise: null,
  idevise: '',
};
const entry: FecEntry = {
  journalCode: 'BQ',
  journalLib: 'Banque',
  ecritureNum: '7',
  ecritureDate: '2024-03-05',
  lines: [
    baseLine,
    {
      ...baseLine,
      compteNum: '411000',
      compteLib: 'Clients',
      compAuxNum: 'C1',
      compAuxLib: 'Élodie',
      debit: 0,
      credit: 123456,
    },
  ],
};
const options: WriteFecOptions = { siren: '123456789', closingDate: '2024-12-31', separator: 'tab', encoding: 'utf-8' };

function appError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('writeFec', () => {
  test('names the file and writes the header, the 18 columns, AAAAMMJJ dates and decimal commas, CRLF', () => {
    const written = writeFec([entry], options);
    expect(written.fileName).toBe('123456789FEC20241231.txt');
    const lines = new TextDecoder().decode(written.bytes).split('\r\n');
    expect(lines[0]).toBe(
      'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t' +
        'PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise',
    );
    expect(lines[1]).toBe(
      'BQ\tBanque\t7\t20240305\t512000\tBanque\t\t\tF-1\t20240304\tRèglement\t1234,56\t0,00\t\t\t20240306\t\t',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  test('LF on request, pipe separator, ISO-8859-15 bytes', () => {
    const written = writeFec([entry], { ...options, separator: 'pipe', encoding: 'iso-8859-15', lineEnding: 'lf' });
    const bytes = written.bytes;
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes.includes(0xe8)).toBe(true); // è
    expect(bytes.includes(0xc9)).toBe(true); // É
    expect(new TextDecoder('iso-8859-15').decode(bytes).split('\n')[2]).toContain('|C1|Élodie|');
  });

  test('the separator and line breaks inside a value become spaces', () => {
    const dirty = { ...entry, lines: entry.lines.map((l) => ({ ...l, ecritureLib: 'a|b\tc\r\nd' })) };
    const text = new TextDecoder().decode(writeFec([dirty], { ...options, separator: 'pipe' }).bytes);
    expect(text.split('\r\n')[1]).toContain('|a b\tc  d|');
  });

  test('refuses characters ISO-8859-15 cannot hold, naming entry, field and character', () => {
    const euro = { ...entry, lines: [{ ...baseLine, ecritureLib: 'Prix 5 € – ½ tarif' }] };
    expect(writeFec([euro], { ...options, encoding: 'utf-8' }).bytes.length).toBeGreaterThan(0);
    const error = appError(() => writeFec([euro], { ...options, encoding: 'iso-8859-15' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.messageKey).toBe('fec.write.unencodable');
    expect(error.details?.issues).toEqual([
      {
        path: 'entries.0.lines.0.EcritureLib',
        messageKey: 'fec.write.unencodable',
        params: {
          character: '–',
          codePoint: 'U+2013',
          field: 'EcritureLib',
          journalCode: 'BQ',
          ecritureNum: '7',
          value: 'Prix 5 € – ½ tarif',
        },
      },
    ]);
  });

  test('refuses a SIREN that is not 9 digits and a bad closing date', () => {
    expect(appError(() => writeFec([entry], { ...options, siren: '12345678' })).messageKey).toBe('fec.write.siren');
    expect(appError(() => writeFec([entry], { ...options, closingDate: '2024-02-30' })).messageKey).toBe(
      'fec.write.closingDate',
    );
  });
});

describe('round trip: read, write, read again', () => {
  const variants = SAMPLE_FILES.flatMap((fileName) =>
    (['tab', 'pipe'] as const).flatMap((separator) =>
      (['utf-8', 'iso-8859-15'] as const).map((encoding) => ({ fileName, separator, encoding })),
    ),
  );

  test.each(variants)('$fileName as $separator, $encoding', ({ fileName, separator, encoding }) => {
    const first = ok(readFec(sampleBytes(fileName), fileName));
    const written = writeFec(first.entries, { siren: '123456789', closingDate: '2024-12-31', separator, encoding });
    const second = ok(readFec(written.bytes, written.fileName));
    expect(second.encoding).toBe(encoding);
    expect(second.separator).toBe(separator);
    expect(second.entries).toEqual(first.entries);
    expect(trialBalance(second.entries)).toEqual(trialBalance(first.entries));
    expect(second.accounts).toEqual(first.accounts);
    expect(second.journals).toEqual(first.journals);
    expect(second.auxiliaries).toEqual(first.auxiliaries);
  });

  test('generated balanced entries survive the trip', () => {
    const text = fc.string({ unit: fc.constantFrom(..."abcXYZ 0-9éèàçÉŒœ€'.,/".split('')), maxLength: 12 });
    const trimmed = text.map((s) => s.trim());
    const date = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const amount = fc.integer({ min: 0, max: 10 ** 11 });
    const line = fc.record({
      ecritureDate: date,
      compteNum: fc.integer({ min: 100, max: 799999 }).map(String),
      compteLib: trimmed,
      compAuxNum: trimmed,
      compAuxLib: trimmed,
      pieceRef: trimmed,
      pieceDate: fc.option(date),
      ecritureLib: trimmed,
      debit: amount,
      credit: fc.constant(0),
      ecritureLet: trimmed,
      dateLet: fc.option(date),
      validDate: fc.option(date),
      montantDevise: fc.option(fc.integer({ min: -(10 ** 11), max: 10 ** 11 })),
      idevise: trimmed,
    });
    const generated = fc.array(
      fc.record({ journalLib: trimmed, lines: fc.array(line, { minLength: 1, maxLength: 4 }) }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(generated, fc.constantFrom<'tab' | 'pipe'>('tab', 'pipe'), fc.boolean(), (raw, separator, latin9) => {
        const entries: FecEntry[] = raw.map((e, i) => {
          const total = e.lines.reduce((s, l) => s + l.debit, 0);
          const counterpart = { ...(e.lines[0] as FecLine), compteNum: '471000', debit: 0, credit: total };
          return {
            journalCode: 'OD',
            journalLib: e.journalLib,
            ecritureNum: String(i + 1),
            ecritureDate: e.lines[0]?.ecritureDate ?? '',
            lines: [...e.lines, counterpart],
          };
        });
        const encoding = latin9 ? 'iso-8859-15' : 'utf-8';
        const written = writeFec(entries, { ...options, separator, encoding });
        const back = ok(readFec(written.bytes, written.fileName));
        expect(back.entries).toEqual(entries);
      }),
      { numRuns: 200 },
    );
  });
});
