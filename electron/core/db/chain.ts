import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

// Tamper evidence: each link hashes the previous link's hash and its own canonical content, so changing,
// inserting or removing a row behind the app's back breaks every later link.

export const GENESIS_HASH = '0'.repeat(64);

/** Canonical content: a JSON array of the fields in a fixed order (JSON keeps types and escapes unambiguous). */
export function linkHash(prevHash: string, fields: readonly unknown[]): string {
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export interface AuditLinkRow {
  id: number;
  at: string;
  user_id: number;
  user_login: string;
  route: string;
  entity_type: string | null;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

export function auditLinkFields(r: AuditLinkRow): unknown[] {
  return [r.id, r.at, r.user_id, r.user_login, r.route, r.entity_type, r.entity_id, r.before_json, r.after_json];
}

/** What every chained table has besides its own columns. */
interface ChainedRow {
  id: number;
  prev_hash: string | null;
  hash: string | null;
}

export interface ChainedTable {
  name: string;
  /**
   * The row's canonical content, in a fixed order: the same function that hashed the row when it was written.
   * It receives the row as `select *` returns it, and the connection for content kept in other tables
   * (an entry's lines).
   */
  fields(row: never, sqlite: Database.Database): readonly unknown[];
}

export interface EntrySealRow {
  id: number;
  entry_id: number;
  at: string;
}

// Prepared once per connection: sealing a year of imported entries calls this tens of thousands of times.
const sealStatements = new WeakMap<Database.Database, { entry: Database.Statement; lines: Database.Statement }>();

function sealStatementsFor(sqlite: Database.Database) {
  let statements = sealStatements.get(sqlite);
  if (statements === undefined) {
    statements = {
      entry: sqlite
        .prepare(
          `select e.id, j.code, e.number, e.date, e.label, e.reference, e.validated_at, e.total_debit, e.total_credit,
        e.source_type, e.source_id, e.reversal_of
       from entry e join journal j on j.id = e.journal_id where e.id = ?`,
        )
        .raw(),
      lines: sqlite
        .prepare(
          `select l.line_no, a.number, x.number, l.label, l.debit, l.credit, l.due_date, l.date
       from entry_line l join account a on a.id = l.account_id left join aux_account x on x.id = l.aux_account_id
       where l.entry_id = ? order by l.line_no`,
        )
        .raw(),
    };
    sealStatements.set(sqlite, statements);
  }
  return statements;
}

/**
 * A validated entry's seal covers what the FEC shows of it: journal, number, date, label, reference, validation
 * time and every line's account, third party, label, amounts and due date. Lettering is left out: it is added
 * after validation.
 */
export function entrySealFields(seal: EntrySealRow, sqlite: Database.Database): unknown[] {
  const statements = sealStatementsFor(sqlite);
  const entry = statements.entry.get(seal.entry_id) as unknown[] | undefined;
  const lines = statements.lines.all(seal.entry_id);
  return [seal.id, seal.entry_id, seal.at, entry ?? null, lines];
}

export interface SalesSealRow {
  id: number;
  document_id: number;
  at: string;
}

const salesSealStatements = new WeakMap<
  Database.Database,
  { doc: Database.Statement; lines: Database.Statement; vat: Database.Statement }
>();

/**
 * A validated sales document's seal covers everything it states: number, dates, buyer, terms, mentions, totals, every
 * line and the VAT breakdown. What changes later by design (what is still owed, statuses set by the customer's
 * answer) is left out.
 */
export function salesSealFields(seal: SalesSealRow, sqlite: Database.Database): unknown[] {
  let st = salesSealStatements.get(sqlite);
  if (st === undefined) {
    st = {
      doc: sqlite
        .prepare(
          `select kind, number, party_id, date, sale_date, due_date, valid_until, payment_terms, language, currency,
        customer_reference, buyer_name, buyer_siren, buyer_vat_number, billing_address, delivery_address, vat_regime,
        operation_type, vat_on_debits, discount_bp, notes, source_id, credited_id, line_total, discount_total,
        net_total, vat_total, gross_total, entry_id, validated_at
       from sales_document where id = ?`,
        )
        .raw(),
      lines: sqlite
        .prepare(
          `select line_no, product_id, reference, label, description, kind, unit, quantity, unit_price, discount_bp,
        net_amount, vat_category, vat_rate, account_number, deposit_id
       from sales_line where document_id = ? order by line_no`,
        )
        .raw(),
      vat: sqlite
        .prepare(
          'select category, rate, base, vat, exemption_reason from sales_vat where document_id = ? order by category, rate',
        )
        .raw(),
    };
    salesSealStatements.set(sqlite, st);
  }
  return [
    seal.id,
    seal.document_id,
    seal.at,
    st.doc.get(seal.document_id) ?? null,
    st.lines.all(seal.document_id),
    st.vat.all(seal.document_id),
  ];
}

/**
 * Every table whose rows are chained by hash, verified by `coulisse verify` and admin.chain.verify: the audit
 * trail and the validated journal entries. Invoices, credit notes and payslips register here, one entry each.
 */
export const CHAINED_TABLES: readonly ChainedTable[] = [
  { name: 'audit_log', fields: auditLinkFields },
  { name: 'entry_seal', fields: entrySealFields },
  { name: 'sales_seal', fields: salesSealFields },
];

export interface BrokenLink {
  table: string;
  id: number;
  /** 'link': prev_hash is not the previous row's hash (a row removed or inserted); 'hash': the row was changed. */
  reason: 'link' | 'hash';
}

export interface ChainVerification {
  ok: boolean;
  /** Links found intact (up to the first break). */
  checked: number;
  brokenAt: BrokenLink | null;
}

/**
 * Walks every chained table in id order and recomputes each link; stops at the first break. Reads only, and
 * streams the rows, so it runs on a read-only connection and on files of any size.
 */
export function verifyChains(
  sqlite: Database.Database,
  tables: readonly ChainedTable[] = CHAINED_TABLES,
): ChainVerification {
  let checked = 0;
  for (const table of tables) {
    if (!tableExists(sqlite, table.name)) continue;
    let prev = GENESIS_HASH;
    const rows = sqlite.prepare(`select * from "${table.name}" order by id`).iterate() as IterableIterator<ChainedRow>;
    for (const row of rows) {
      const expected = linkHash(prev, table.fields(row as never, sqlite));
      const reason = row.prev_hash !== prev ? 'link' : row.hash !== expected ? 'hash' : null;
      // Leaving the loop closes the statement, which frees the connection.
      if (reason) return { ok: false, checked, brokenAt: { table: table.name, id: row.id, reason } };
      prev = expected;
      checked++;
    }
  }
  return { ok: true, checked, brokenAt: null };
}

export interface ChainHead {
  table: string;
  links: number;
  head: string | null;
}

/** How long each chain is and the hash it ends on, read from the indexes without walking the rows. */
export function chainHeads(sqlite: Database.Database, tables: readonly ChainedTable[] = CHAINED_TABLES): ChainHead[] {
  return tables.map((t) => {
    if (!tableExists(sqlite, t.name)) return { table: t.name, links: 0, head: null };
    const { links } = sqlite.prepare(`select count(*) as links from "${t.name}"`).get() as { links: number };
    const last = sqlite.prepare(`select hash from "${t.name}" order by id desc limit 1`).get() as
      { hash: string | null } | undefined;
    return { table: t.name, links, head: last?.hash ?? null };
  });
}

/** A file opened read-only before its migration may lack the newer chained tables. */
function tableExists(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(name) !== undefined;
}
