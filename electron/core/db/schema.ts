import type { Generated } from 'kysely';
import type { BackupTables } from './schema-backup';

// Row types as SQLite stores them: booleans are 0/1 integers, dates are text.

export interface CompanyTable {
  id: number;
  legal_name: string;
  legal_form: string;
  siren: string;
  siret: string;
  vat_number: string | null;
  address_line1: string;
  address_line2: string | null;
  postal_code: string;
  city: string;
  country: string;
  email: string | null;
  phone: string | null;
  fiscal_year_start: string;
  currency: string;
  logo: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number;
  user_login: string;
  route: string;
  entity_type: string | null;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface RoleTable {
  id: Generated<number>;
  code: string | null;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface RolePermissionTable {
  role_id: number;
  permission: string;
}

export interface AppUserTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  role_id: number;
  password_hash: string;
  password_salt: string;
  password_params: string;
  must_change_password: number;
  disabled: number;
  failed_attempts: number;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface ChainVerificationTable {
  id: Generated<number>;
  at: string;
  ok: number;
  checked: number;
  broken_table: string | null;
  broken_id: number | null;
  reason: string | null;
}

export interface PartyTable {
  id: Generated<number>;
  code: string;
  kind: string;
  name: string;
  name_folded: string;
  is_customer: number;
  is_supplier: number;
  siren: string | null;
  siret: string | null;
  vat_number: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  city: string | null;
  city_folded: string | null;
  postal_code: string | null;
  archived: number;
  created_at: string;
  updated_at: string;
}

export interface PartyAddressTable {
  id: Generated<number>;
  party_id: number;
  position: number;
  kind: string;
  line1: string;
  line2: string | null;
  postal_code: string;
  city: string;
  country: string;
}

export interface PartyContactTable {
  id: Generated<number>;
  party_id: number;
  position: number;
  first_name: string | null;
  last_name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface SearchDocTable {
  id: Generated<number>;
  kind: string;
  ref_id: number;
  title: string;
  subtitle: string | null;
  body: string;
}

export interface AccountTable {
  id: Generated<number>;
  number: string;
  label: string;
  label_folded: string;
  class: number;
  type: string;
  normal_side: string;
  parent_number: string | null;
  is_pcg: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface JournalTable {
  id: Generated<number>;
  code: string;
  label: string;
  kind: string;
  account_number: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface FiscalYearTable {
  id: Generated<number>;
  start_date: string;
  end_date: string;
  status: string;
  closed_at: string | null;
}

export interface PeriodTable {
  id: Generated<number>;
  fiscal_year_id: number;
  start_date: string;
  end_date: string;
  locked: number;
}

export interface AuxAccountTable {
  id: Generated<number>;
  number: string;
  label: string;
  kind: string;
  control_number: string;
  party_id: number | null;
  created_at: string;
  /** The label without accents or case, for the lookup by name. */
  label_folded: string;
}

export interface EntryTable {
  id: Generated<number>;
  journal_id: number;
  fiscal_year_id: number;
  period_id: number;
  date: string;
  label: string;
  reference: string | null;
  status: string;
  seq: number | null;
  number: string | null;
  validated_at: string | null;
  validated_by: number | null;
  source_type: string | null;
  source_id: number | null;
  reversal_of: number | null;
  total_debit: number;
  total_credit: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface EntryLineTable {
  id: Generated<number>;
  entry_id: number;
  line_no: number;
  account_id: number;
  aux_account_id: number | null;
  label: string | null;
  debit: number;
  credit: number;
  due_date: string | null;
  date: string;
  posted: number;
  letter: string | null;
  lettered_at: string | null;
}

export interface PeriodBalanceTable {
  period_id: number;
  account_id: number;
  debit: number;
  credit: number;
}

export interface EntrySealTable {
  id: Generated<number>;
  entry_id: number;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface AttachmentTable {
  id: Generated<number>;
  owner_type: string;
  owner_id: number;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_at: string;
}

export interface BillTable {
  id: Generated<number>;
  party_id: number;
  kind: string;
  number: string;
  issue_date: string;
  due_date: string | null;
  currency: string;
  payment_means: string | null;
  status: string;
  net_total: number;
  vat_total: number;
  gross_total: number;
  entry_id: number | null;
  attachment_id: number | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
  validated_at: string | null;
  validated_by: number | null;
}

export interface BillLineTable {
  id: Generated<number>;
  bill_id: number;
  line_no: number;
  label: string;
  quantity: string | null;
  net_amount: number;
  vat_rate: number;
  account_number: string;
  fixed_asset: number;
}

export interface BillVatTable {
  id: Generated<number>;
  bill_id: number;
  rate: number;
  base: number;
  vat: number;
}

export interface BankAccountTable {
  id: Generated<number>;
  name: string;
  iban: string;
  bic: string | null;
  account_number: string;
  journal_id: number;
  csv_mapping: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface BankStatementTable {
  id: Generated<number>;
  bank_account_id: number;
  format: string;
  file_name: string;
  sha256: string;
  imported_at: string;
  imported_by: number | null;
  opening_balance: number | null;
  closing_balance: number | null;
  period_from: string | null;
  period_to: string | null;
  line_count: number;
}

export interface BankLineTable {
  id: Generated<number>;
  statement_id: number;
  bank_account_id: number;
  date: string;
  value_date: string | null;
  label: string;
  reference: string | null;
  amount: number;
  status: string;
  entry_id: number | null;
  fingerprint: string;
}

export interface SalesCustomerTable {
  party_id: number;
  price_category: string | null;
  payment_terms: string;
  vat_regime: string;
  updated_at: string;
}

export interface ProductTable {
  id: Generated<number>;
  reference: string;
  reference_folded: string;
  label: string;
  label_folded: string;
  description: string | null;
  kind: string;
  unit: string;
  unit_price: number;
  vat_rate: number;
  vat_category: string;
  exemption_reason: string | null;
  revenue_account: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface ProductPriceTable {
  product_id: number;
  category: string;
  unit_price: number;
}

export interface NumberSeriesTable {
  series: string;
  year: number;
  last: number;
}

export interface SalesDocumentTable {
  id: Generated<number>;
  kind: string;
  number: string | null;
  status: string;
  party_id: number;
  date: string;
  sale_date: string | null;
  due_date: string | null;
  valid_until: string | null;
  payment_terms: string;
  language: string;
  currency: string;
  customer_reference: string | null;
  buyer_name: string;
  buyer_siren: string | null;
  buyer_vat_number: string | null;
  billing_address: string;
  delivery_address: string | null;
  vat_regime: string;
  operation_type: string;
  vat_on_debits: number;
  discount_bp: number;
  notes: string | null;
  source_id: number | null;
  credited_id: number | null;
  line_total: number;
  discount_total: number;
  net_total: number;
  vat_total: number;
  gross_total: number;
  open_amount: number;
  entry_id: number | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
  validated_at: string | null;
  validated_by: number | null;
}

export interface SalesLineTable {
  id: Generated<number>;
  document_id: number;
  line_no: number;
  product_id: number | null;
  reference: string | null;
  label: string;
  description: string | null;
  kind: string;
  unit: string;
  quantity: number;
  unit_price: number;
  discount_bp: number;
  net_amount: number;
  vat_category: string;
  vat_rate: number;
  account_number: string;
  deposit_id: number | null;
}

export interface SalesVatTable {
  document_id: number;
  category: string;
  rate: number;
  base: number;
  vat: number;
  exemption_reason: string | null;
}

export interface SalesSealTable {
  id: Generated<number>;
  document_id: number;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface SalesPaymentTable {
  id: Generated<number>;
  party_id: number;
  date: string;
  method: string;
  amount: number;
  reference: string | null;
  account_number: string;
  unallocated: number;
  entry_id: number;
  created_at: string;
  created_by: number | null;
}

export interface SalesAllocationTable {
  id: Generated<number>;
  document_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount: number;
  date: string;
}

export interface SalesDunningTable {
  id: Generated<number>;
  document_id: number;
  level: number;
  date: string;
  open_amount: number;
  note: string | null;
  created_at: string;
  created_by: number | null;
}

export interface SalesRequestTable {
  id: Generated<number>;
  number: string;
  party_id: number;
  order_id: number | null;
  invoice_id: number | null;
  product_id: number | null;
  type: string;
  priority: string;
  status: string;
  subject: string;
  subject_folded: string;
  description: string | null;
  assignee_id: number | null;
  due_date: string | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  closed_at: string | null;
}

export interface SalesRequestNoteTable {
  id: Generated<number>;
  request_id: number;
  at: string;
  user_id: number | null;
  text: string | null;
  status_from: string | null;
  status_to: string | null;
}

export interface DB extends BackupTables {
  company: CompanyTable;
  audit_log: AuditLogTable;
  party: PartyTable;
  party_address: PartyAddressTable;
  party_contact: PartyContactTable;
  search_doc: SearchDocTable;
  role: RoleTable;
  role_permission: RolePermissionTable;
  app_user: AppUserTable;
  setting: SettingTable;
  chain_verification: ChainVerificationTable;
  account: AccountTable;
  journal: JournalTable;
  fiscal_year: FiscalYearTable;
  period: PeriodTable;
  aux_account: AuxAccountTable;
  entry: EntryTable;
  entry_line: EntryLineTable;
  period_balance: PeriodBalanceTable;
  entry_seal: EntrySealTable;
  attachment: AttachmentTable;
  bill: BillTable;
  bill_line: BillLineTable;
  bill_vat: BillVatTable;
  bank_account: BankAccountTable;
  bank_statement: BankStatementTable;
  bank_line: BankLineTable;
  sales_customer: SalesCustomerTable;
  product: ProductTable;
  product_price: ProductPriceTable;
  number_series: NumberSeriesTable;
  sales_document: SalesDocumentTable;
  sales_line: SalesLineTable;
  sales_vat: SalesVatTable;
  sales_seal: SalesSealTable;
  sales_payment: SalesPaymentTable;
  sales_allocation: SalesAllocationTable;
  sales_dunning: SalesDunningTable;
  sales_request: SalesRequestTable;
  sales_request_note: SalesRequestNoteTable;
}
