import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RequestInput } from '../../../../../shared/contract/sales-requests';
import { AppError, type ValidationIssue } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';

const INVOICE_KINDS = ['invoice', 'deposit', 'credit_note'];

/**
 * A request points at records of its own customer only: the renderer offers them that way, the core makes sure.
 * Every broken link is reported at once, on its own field.
 */
export async function checkRequestLinks(db: Kysely<DB>, input: z.output<typeof RequestInput>): Promise<void> {
  const issues: ValidationIssue[] = [];
  const party = await db.selectFrom('party').select(['is_customer']).where('id', '=', input.partyId).executeTakeFirst();
  if (!party || party.is_customer !== 1) issues.push({ path: 'partyId', messageKey: 'errors.salesRequestNotCustomer' });

  const document = async (id: number | null, kinds: string[], path: string) => {
    if (id === null) return;
    const doc = await db
      .selectFrom('sales_document')
      .select(['kind', 'party_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!doc || !kinds.includes(doc.kind)) issues.push({ path, messageKey: 'errors.salesRequestDocumentKind' });
    else if (doc.party_id !== input.partyId) issues.push({ path, messageKey: 'errors.salesRequestOtherCustomer' });
  };
  await document(input.orderId, ['order'], 'orderId');
  await document(input.invoiceId, INVOICE_KINDS, 'invoiceId');

  if (input.productId !== null) {
    const product = await db.selectFrom('product').select('id').where('id', '=', input.productId).executeTakeFirst();
    if (!product) issues.push({ path: 'productId', messageKey: 'errors.salesRequestNoProduct' });
  }
  if (input.assigneeId !== null) {
    const user = await db
      .selectFrom('app_user')
      .select('disabled')
      .where('id', '=', input.assigneeId)
      .executeTakeFirst();
    if (!user || user.disabled !== 0) issues.push({ path: 'assigneeId', messageKey: 'errors.salesRequestAssignee' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', { issues });
}
