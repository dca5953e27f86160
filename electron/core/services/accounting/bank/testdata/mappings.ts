import { CsvMapping } from '../../../../../../shared/contract/accounting-bank';

/** releve-credit-agricole.csv: two preamble lines, then a header, debit and credit columns, decimal commas. */
export const FRENCH_CSV_MAPPING = CsvMapping.parse({
  delimiter: ';',
  skipLines: 2,
  dateColumn: 0,
  labelColumn: 1,
  referenceColumn: 2,
  debitColumn: 3,
  creditColumn: 4,
  decimal: 'comma',
});
