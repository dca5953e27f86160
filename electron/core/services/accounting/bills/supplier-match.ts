import { PartyInput } from '../../../../../shared/contract/parties';
import {
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  normalizeDigits,
  normalizeVatNumber,
} from '../../../../../shared/domain/identifiers';
import type { Ctx } from '../../../context';
import type { EInvoiceParty } from '../einvoice/types';
import { insertParty, loadParty } from '../../parties/party-store';

export interface SupplierMatch {
  partyId: number;
  created: boolean;
}

function cleanIds(seller: EInvoiceParty) {
  const siret = seller.siret && isValidSiret(normalizeDigits(seller.siret)) ? normalizeDigits(seller.siret) : null;
  const sirenText = seller.siren ?? siret?.slice(0, 9) ?? null;
  const siren = sirenText && isValidSiren(normalizeDigits(sirenText)) ? normalizeDigits(sirenText) : null;
  const vat = seller.vatNumber ? normalizeVatNumber(seller.vatNumber) : null;
  return { siren, siret: siret && siren && siret.startsWith(siren) ? siret : null, vat };
}

/**
 * The seller of a received invoice among the company's third parties: by SIREN (the legal identity), else by VAT
 * number; a seller met for the first time is created as a supplier with what the invoice says of it.
 */
export async function matchSupplier(ctx: Ctx, seller: EInvoiceParty, fallbackName: string): Promise<SupplierMatch> {
  const db = ctx.db;
  const now = ctx.now().toISOString();
  const ids = cleanIds(seller);
  if (ids.siren) {
    const row = await db
      .selectFrom('party')
      .select('id')
      .where('siren', '=', ids.siren)
      .orderBy('id')
      .executeTakeFirst();
    if (row) return markSupplier(ctx, row.id);
  }
  if (ids.vat) {
    const row = await db
      .selectFrom('party')
      .select('id')
      .where('vat_number', '=', ids.vat)
      .orderBy('id')
      .executeTakeFirst();
    if (row) return markSupplier(ctx, row.id);
  }
  const a = seller.address;
  const address =
    a && a.lines.length > 0 && a.postcode && a.city
      ? [
          {
            kind: 'billing' as const,
            line1: a.lines[0]!.slice(0, 200),
            line2: a.lines.slice(1).join(', ').slice(0, 200) || null,
            postalCode: a.postcode.slice(0, 20),
            city: a.city.slice(0, 100),
            country: a.country && /^[A-Z]{2}$/i.test(a.country) ? a.country : 'FR',
          },
        ]
      : [];
  const vatNumber = ids.vat && isValidVatNumber(ids.vat) ? ids.vat : null;
  const base = {
    name: (seller.name ?? '').trim().slice(0, 200) || fallbackName,
    isCustomer: false,
    isSupplier: true,
    siren: ids.siren,
    siret: ids.siret,
    addresses: address,
    // A VAT number that does not fit the SIREN is kept out rather than refusing the whole invoice.
    vatNumber:
      vatNumber && (!vatNumber.startsWith('FR') || !ids.siren || vatNumber.endsWith(ids.siren)) ? vatNumber : null,
    notes: vatNumber || !ids.vat ? null : `TVA : ${seller.vatNumber ?? ''}`.slice(0, 4000),
  };
  const parsed = PartyInput.safeParse(base);
  const input = parsed.success ? parsed.data : PartyInput.parse({ ...base, addresses: [] });
  const partyId = await insertParty(db, input, now);
  ctx.audit({ entityType: 'party', entityId: partyId, before: null, after: await loadParty(db, partyId, false) });
  return { partyId, created: true };
}

/** A customer who now also sells to the company becomes a supplier too. */
async function markSupplier(ctx: Ctx, partyId: number): Promise<SupplierMatch> {
  const before = await loadParty(ctx.db, partyId, true);
  if (!before.isSupplier) {
    await ctx.db
      .updateTable('party')
      .set({ is_supplier: 1, updated_at: ctx.now().toISOString() })
      .where('id', '=', partyId)
      .execute();
    ctx.audit({ entityType: 'party', entityId: partyId, before, after: await loadParty(ctx.db, partyId, true) });
  }
  return { partyId, created: false };
}
