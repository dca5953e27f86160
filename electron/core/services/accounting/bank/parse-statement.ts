import type { CsvMapping, StatementFormat } from '../../../../../shared/contract/accounting-bank';
import { AppError } from '../../../../../shared/errors';
import { parseCamtStatement } from './parse-camt';
import { parseCsvStatement } from './parse-csv';
import { parseOfxStatement } from './parse-ofx';
import type { ParsedStatement } from './statement-file';

/** The format from the file's first bytes: OFX and camt.053 say what they are; anything else is taken as CSV. */
export function detectFormat(bytes: Uint8Array): StatementFormat {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 2000));
  if (/OFXHEADER|<OFX>/i.test(head)) return 'ofx';
  if (/camt\.053|<(\w+:)?BkToCstmrStmt/.test(head)) return 'camt053';
  return 'csv';
}

export function parseStatement(
  bytes: Uint8Array,
  format: StatementFormat,
  mapping: CsvMapping | null,
): ParsedStatement {
  if (format === 'ofx') return parseOfxStatement(bytes);
  if (format === 'camt053') return parseCamtStatement(bytes);
  if (mapping === null) {
    throw new AppError('VALIDATION', 'errors.bankMappingRequired', {
      issues: [{ path: 'mapping', messageKey: 'errors.bankMappingRequired' }],
    });
  }
  return parseCsvStatement(bytes, mapping);
}
