import type { FecEntry } from './fec-types';

// A FEC's entries in hledger's journal format, so that hledger (which reads no FEC) can balance what Coulisse
// exported: the oracle test and the bench both compare against it.

const decimal = (cents: number): string =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** One transaction per entry; accounts named by their number, amounts signed (debit positive). */
export function fecToHledgerJournal(entries: readonly FecEntry[]): string {
  return entries
    .map((e) =>
      [
        `${e.ecritureDate} ${e.journalCode} ${e.ecritureNum}`,
        ...e.lines.map((l) => `    ${l.compteNum}  ${decimal(l.debit - l.credit)}`),
      ].join('\n'),
    )
    .join('\n\n');
}
