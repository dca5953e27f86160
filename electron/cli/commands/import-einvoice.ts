import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { centsToDecimal } from '../../../shared/domain/money';
import { callRoute, dbPathFrom, openCore, SIGN_IN_OPTIONS, withSignedIn } from '../core-session';
import { CommandError, UsageError } from '../usage';

export const IMPORT_EINVOICE_USAGE =
  'coulisse import einvoice FILE... --db FILE [--user LOGIN] [--password-file FILE] [--format text|json]';

/**
 * `coulisse import einvoice FILE...`: each received e-invoice (Factur-X PDF, CII or UBL XML) becomes a draft
 * supplier bill, as the import button of the bills screen does. Stops at the first file refused.
 */
export async function importEInvoiceCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'text' }, ...SIGN_IN_OPTIONS },
  });
  if (positionals.length === 0) throw new UsageError('give the e-invoice file(s) to import');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format: ${values.format}`);
  const files = positionals.map((file) => {
    try {
      return { file, bytes: readFileSync(file) };
    } catch (error) {
      throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  });
  const core = await openCore(dbPathFrom(values.db));
  try {
    await withSignedIn(core, values, async (token) => {
      for (const { file, bytes } of files) {
        let bill;
        try {
          bill = await callRoute(
            core,
            'accounting.bill.import',
            { fileName: basename(file), contentBase64: bytes.toString('base64') },
            token,
          );
        } catch (error) {
          if (error instanceof CommandError) throw new CommandError(`${file}: ${error.message}`);
          throw error;
        }
        const summary = {
          file,
          id: bill.id,
          supplier: bill.supplierName,
          number: bill.number,
          issueDate: bill.issueDate,
          currency: bill.currency,
          net: centsToDecimal(bill.netTotal),
          vat: centsToDecimal(bill.vatTotal),
          gross: centsToDecimal(bill.grossTotal),
        };
        process.stdout.write(
          values.format === 'json'
            ? `${JSON.stringify(summary)}\n`
            : `${file}: draft bill ${bill.id}, ${bill.supplierName} no. ${bill.number} of ${bill.issueDate}, ` +
                `${summary.gross} ${bill.currency} incl. VAT\n`,
        );
      }
    });
  } finally {
    await core.close();
  }
}
