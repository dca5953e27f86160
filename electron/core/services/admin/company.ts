import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Company, CompanyInput } from '../../../../shared/contract/admin';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../db/schema';

type ParsedCompany = z.output<typeof CompanyInput>;

export async function loadCompany(db: Kysely<DB>): Promise<Company | null> {
  const r = await db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!r) return null;
  return {
    legalName: r.legal_name,
    legalForm: r.legal_form as Company['legalForm'],
    siren: r.siren,
    siret: r.siret,
    vatNumber: r.vat_number,
    addressLine1: r.address_line1,
    addressLine2: r.address_line2,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    email: r.email,
    phone: r.phone,
    fiscalYearStart: r.fiscal_year_start,
    currency: 'EUR',
    logo: r.logo,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(c: ParsedCompany, now: string) {
  return {
    legal_name: c.legalName,
    legal_form: c.legalForm,
    siren: c.siren,
    siret: c.siret,
    vat_number: c.vatNumber,
    address_line1: c.addressLine1,
    address_line2: c.addressLine2,
    postal_code: c.postalCode,
    city: c.city,
    country: c.country,
    email: c.email,
    phone: c.phone,
    fiscal_year_start: c.fiscalYearStart,
    currency: c.currency,
    logo: c.logo,
    updated_at: now,
  };
}

export async function insertCompany(db: Kysely<DB>, c: ParsedCompany, now: string): Promise<Company> {
  if (await loadCompany(db)) throw new AppError('CONFLICT', 'errors.companyExists');
  await db
    .insertInto('company')
    .values({ id: 1, ...columns(c, now), created_at: now })
    .execute();
  return (await loadCompany(db))!;
}

export async function updateCompany(db: Kysely<DB>, c: ParsedCompany, now: string): Promise<Company> {
  const res = await db.updateTable('company').set(columns(c, now)).where('id', '=', 1).executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'errors.noCompany');
  return (await loadCompany(db))!;
}
