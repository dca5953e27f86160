import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CustomerTerms, CustomerTermsInput } from '../../../../../shared/contract/sales-catalog';
import { AppError } from '../../../../../shared/errors';
import type { DB } from '../../../db/schema';

/** A customer's selling terms; one never set sells at list prices, 30 days, French VAT. */
export async function loadCustomerTerms(db: Kysely<DB>, partyId: number): Promise<CustomerTerms> {
  const party = await db.selectFrom('party').select('is_customer').where('id', '=', partyId).executeTakeFirst();
  if (!party) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'party', id: partyId });
  if (party.is_customer !== 1) {
    throw new AppError('VALIDATION', 'errors.salesNotCustomer', {
      issues: [{ path: 'partyId', messageKey: 'errors.salesNotCustomer' }],
    });
  }
  const row = await db.selectFrom('sales_customer').selectAll().where('party_id', '=', partyId).executeTakeFirst();
  return {
    partyId,
    priceCategory: row?.price_category ?? null,
    paymentTerms: (row?.payment_terms ?? 'days_30') as CustomerTerms['paymentTerms'],
    vatRegime: (row?.vat_regime ?? 'france') as CustomerTerms['vatRegime'],
  };
}

export async function saveCustomerTerms(db: Kysely<DB>, input: z.output<typeof CustomerTermsInput>, now: string) {
  const values = {
    price_category: input.priceCategory,
    payment_terms: input.paymentTerms,
    vat_regime: input.vatRegime,
    updated_at: now,
  };
  await db
    .insertInto('sales_customer')
    .values({ party_id: input.partyId, ...values })
    .onConflict((oc) => oc.column('party_id').doUpdateSet(values))
    .execute();
}
