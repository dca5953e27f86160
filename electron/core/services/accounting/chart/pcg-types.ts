/** Detail level of an account in the PCG list: the abridged, base and extended systems. */
export type PcgLevel = 'abrege' | 'base' | 'etendu';

export interface PcgAccount {
  number: string;
  label: string;
  level: PcgLevel;
}
