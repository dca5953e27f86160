import type { FecEncoding } from './fec-charset';

export type FecSeparator = 'tab' | 'pipe';

/** One line of a FEC. Amounts are integer cents, dates YYYY-MM-DD; blank optional text is ''. */
export interface FecLine {
  ecritureDate: string;
  compteNum: string;
  compteLib: string;
  compAuxNum: string;
  compAuxLib: string;
  pieceRef: string;
  pieceDate: string | null;
  ecritureLib: string;
  debit: number;
  credit: number;
  ecritureLet: string;
  dateLet: string | null;
  validDate: string | null;
  montantDevise: number | null;
  idevise: string;
}

/** The lines sharing one (JournalCode, EcritureNum); `ecritureDate` is the first line's. */
export interface FecEntry {
  journalCode: string;
  journalLib: string;
  ecritureNum: string;
  ecritureDate: string;
  lines: FecLine[];
}

export interface FecIssue {
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface FecReadSuccess {
  ok: true;
  entries: FecEntry[];
  accounts: Map<string, string>;
  journals: Map<string, string>;
  auxiliaries: Map<string, string>;
  encoding: FecEncoding;
  bom: boolean;
  separator: FecSeparator;
  /** Null when the file name does not start with a 9-digit SIREN followed by FEC. */
  siren: string | null;
  closingDate: string | null;
  /** Columns after the 18 (cash-basis DateRglt, ModeRglt…), read past but not kept. */
  extraColumns: string[];
  /** Departures from the text that do not stop the import (bad file name, missing ValidDate). */
  warnings: FecIssue[];
}

export interface FecReadFailure {
  ok: false;
  errors: FecIssue[];
}

export type FecReadResult = FecReadSuccess | FecReadFailure;
