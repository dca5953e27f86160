import { sql } from 'kysely';
import type { Migration } from './types';

// The sales back office: catalog, commercial documents from quote to credit note, customer payments, dunning and
// after-sales requests. Amounts are integer cents, rates and discounts basis points, quantities thousandths.
export const migration0008: Migration = {
  version: 8,
  name: 'sales',
  async up(db) {
    // Selling terms of a customer, beside its third-party record (which purchasing shares).
    await sql`create table sales_customer (
      party_id integer primary key references party(id),
      price_category text,
      payment_terms text not null check (payment_terms in ('on_receipt', 'days_30', 'days_45_eom', 'days_60')),
      vat_regime text not null check (vat_regime in ('france', 'intra_eu', 'export')),
      updated_at text not null
    ) strict`.execute(db);

    await sql`create table product (
      id integer primary key,
      reference text not null unique,
      reference_folded text not null,
      label text not null,
      label_folded text not null,
      description text,
      kind text not null check (kind in ('goods', 'service')),
      unit text not null,
      unit_price integer not null check (unit_price >= 0),
      vat_rate integer not null check (vat_rate >= 0 and vat_rate <= 10000),
      -- EN 16931 VAT category when the product itself is not taxed at a rate: E exempt (with its legal mention).
      vat_category text not null check (vat_category in ('S', 'E')),
      exemption_reason text,
      revenue_account text not null,
      active integer not null check (active in (0, 1)),
      created_at text not null,
      updated_at text not null,
      check ((vat_category = 'S') = (exemption_reason is null)),
      check (vat_category = 'S' or vat_rate = 0)
    ) strict`.execute(db);
    await sql`create index product_reference on product (reference_folded, id)`.execute(db);
    await sql`create index product_label on product (label_folded, id)`.execute(db);
    await sql`create index product_by_price on product (unit_price, id)`.execute(db);
    await sql`create index product_active on product (active, reference_folded, id)`.execute(db);
    // The list opens on active products: each sort keeps its own index behind the status filter.
    await sql`create index product_active_label on product (active, label_folded, id)`.execute(db);
    await sql`create index product_active_price on product (active, unit_price, id)`.execute(db);

    await sql`create table product_price (
      product_id integer not null references product(id) on delete cascade,
      category text not null,
      unit_price integer not null check (unit_price >= 0),
      primary key (product_id, category)
    ) strict, without rowid`.execute(db);

    // Continuous numbering: one counter per series and year, moved inside the validating transaction.
    await sql`create table number_series (
      series text not null,
      year integer not null,
      last integer not null check (last >= 0),
      primary key (series, year)
    ) strict, without rowid`.execute(db);

    await sql`create table sales_document (
      id integer primary key,
      kind text not null check (kind in ('quote', 'order', 'delivery', 'invoice', 'deposit', 'credit_note')),
      number text unique,
      status text not null check (status in ('draft', 'validated', 'accepted', 'refused', 'cancelled')),
      party_id integer not null references party(id),
      date text not null,
      sale_date text,
      due_date text,
      valid_until text,
      payment_terms text not null,
      language text not null check (language in ('fr', 'en')),
      currency text not null,
      customer_reference text,
      -- The buyer as the document states it, frozen at validation.
      buyer_name text not null,
      buyer_siren text,
      buyer_vat_number text,
      billing_address text not null,
      delivery_address text,
      vat_regime text not null check (vat_regime in ('france', 'intra_eu', 'export')),
      operation_type text not null check (operation_type in ('goods', 'services', 'mixed')),
      vat_on_debits integer not null check (vat_on_debits in (0, 1)),
      discount_bp integer not null check (discount_bp >= 0 and discount_bp <= 10000),
      notes text,
      source_id integer references sales_document(id),
      credited_id integer references sales_document(id),
      line_total integer not null,
      discount_total integer not null,
      net_total integer not null,
      vat_total integer not null,
      gross_total integer not null,
      -- What the customer still owes (invoices, deposits) or is owed (credit notes), kept with each payment.
      open_amount integer not null,
      entry_id integer references entry(id),
      created_at text not null,
      created_by integer references app_user(id),
      updated_at text not null,
      updated_by integer references app_user(id),
      validated_at text,
      validated_by integer references app_user(id),
      check ((number is null) = (status = 'draft')),
      check (kind not in ('invoice', 'deposit', 'credit_note') or ((status = 'validated') = (entry_id is not null)))
    ) strict`.execute(db);
    await sql`create index sales_document_kind_date on sales_document (kind, date, id)`.execute(db);
    await sql`create index sales_document_kind_status on sales_document (kind, status, date, id)`.execute(db);
    await sql`create index sales_document_kind_number on sales_document (kind, number, id)`.execute(db);
    await sql`create index sales_document_kind_total on sales_document (kind, gross_total, id)`.execute(db);
    await sql`create index sales_document_party on sales_document (party_id, date, id)`.execute(db);
    await sql`create index sales_document_source on sales_document (source_id)`.execute(db);
    await sql`create index sales_document_credited on sales_document (credited_id)`.execute(db);
    await sql`create index sales_document_open on sales_document (kind, due_date, id) where open_amount <> 0 and status = 'validated'`.execute(
      db,
    );

    await sql`create table sales_line (
      id integer primary key,
      document_id integer not null references sales_document(id) on delete cascade,
      line_no integer not null,
      product_id integer references product(id),
      reference text,
      label text not null,
      description text,
      kind text not null check (kind in ('goods', 'service')),
      unit text not null,
      quantity integer not null,
      unit_price integer not null check (unit_price >= 0),
      discount_bp integer not null check (discount_bp >= 0 and discount_bp <= 10000),
      net_amount integer not null,
      vat_category text not null check (vat_category in ('S', 'E', 'AE', 'K', 'G')),
      vat_rate integer not null check (vat_rate >= 0 and vat_rate <= 10000),
      account_number text not null,
      -- A final invoice's line that deducts a deposit invoice.
      deposit_id integer references sales_document(id),
      unique (document_id, line_no)
    ) strict`.execute(db);
    await sql`create index sales_line_product on sales_line (product_id)`.execute(db);
    await sql`create index sales_line_deposit on sales_line (deposit_id)`.execute(db);

    await sql`create table sales_vat (
      document_id integer not null references sales_document(id) on delete cascade,
      category text not null,
      rate integer not null,
      base integer not null,
      vat integer not null,
      exemption_reason text,
      primary key (document_id, category, rate)
    ) strict, without rowid`.execute(db);

    await sql`create table sales_seal (
      id integer primary key,
      document_id integer not null unique references sales_document(id),
      at text not null,
      prev_hash text not null,
      hash text not null
    ) strict`.execute(db);

    await sql`create table sales_payment (
      id integer primary key,
      party_id integer not null references party(id),
      date text not null,
      method text not null check (method in ('transfer', 'card', 'cheque', 'cash', 'direct_debit')),
      amount integer not null check (amount > 0),
      reference text,
      account_number text not null,
      unallocated integer not null check (unallocated >= 0),
      entry_id integer not null references entry(id),
      created_at text not null,
      created_by integer references app_user(id)
    ) strict`.execute(db);
    await sql`create index sales_payment_party on sales_payment (party_id, date, id)`.execute(db);
    await sql`create index sales_payment_date on sales_payment (date, id)`.execute(db);
    await sql`create index sales_payment_amount on sales_payment (amount, id)`.execute(db);

    await sql`create table sales_allocation (
      id integer primary key,
      document_id integer not null references sales_document(id),
      payment_id integer references sales_payment(id),
      -- A credit note settling an invoice.
      credit_note_id integer references sales_document(id),
      amount integer not null check (amount > 0),
      date text not null,
      check ((payment_id is null) <> (credit_note_id is null))
    ) strict`.execute(db);
    await sql`create index sales_allocation_document on sales_allocation (document_id)`.execute(db);
    await sql`create index sales_allocation_payment on sales_allocation (payment_id)`.execute(db);
    await sql`create index sales_allocation_credit on sales_allocation (credit_note_id)`.execute(db);

    await sql`create table sales_dunning (
      id integer primary key,
      document_id integer not null references sales_document(id),
      level integer not null check (level between 1 and 3),
      date text not null,
      open_amount integer not null,
      note text,
      created_at text not null,
      created_by integer references app_user(id)
    ) strict`.execute(db);
    await sql`create index sales_dunning_document on sales_dunning (document_id, level)`.execute(db);

    // After-sales requests.
    await sql`create table sales_request (
      id integer primary key,
      number text not null unique,
      party_id integer not null references party(id),
      order_id integer references sales_document(id),
      invoice_id integer references sales_document(id),
      product_id integer references product(id),
      type text not null check (type in ('question', 'complaint', 'return', 'repair', 'warranty')),
      priority text not null check (priority in ('low', 'normal', 'high', 'urgent')),
      status text not null check (status in ('new', 'in_progress', 'waiting_customer', 'resolved', 'closed')),
      subject text not null,
      subject_folded text not null,
      description text,
      assignee_id integer references app_user(id),
      due_date text,
      created_at text not null,
      created_by integer references app_user(id),
      updated_at text not null,
      closed_at text
    ) strict`.execute(db);
    await sql`create index sales_request_status on sales_request (status, due_date, id)`.execute(db);
    await sql`create index sales_request_due on sales_request (due_date, id)`.execute(db);
    await sql`create index sales_request_created on sales_request (created_at, id)`.execute(db);
    await sql`create index sales_request_party on sales_request (party_id, created_at, id)`.execute(db);
    await sql`create index sales_request_assignee on sales_request (assignee_id, status, id)`.execute(db);
    // Sorting by priority means most urgent first, not alphabetical: the index holds the rank.
    await sql`create index sales_request_priority on sales_request ((case priority when 'urgent' then 3 when 'high' then 2 when 'normal' then 1 else 0 end), id)`.execute(
      db,
    );

    await sql`create table sales_request_note (
      id integer primary key,
      request_id integer not null references sales_request(id) on delete cascade,
      at text not null,
      user_id integer references app_user(id),
      text text,
      status_from text,
      status_to text
    ) strict`.execute(db);
    await sql`create index sales_request_note_request on sales_request_note (request_id, at, id)`.execute(db);
  },
};
