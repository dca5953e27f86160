// The lists the screens page through (renderer/src/screens/**), each with the sorts and filters it offers.
// Every case is measured on its first page and on a deep one.

export interface ListCase {
  route: string;
  label: string;
  input: Record<string, unknown>;
  /** Not server-paged: one call returns the whole answer. */
  unpaged?: boolean;
}

export interface Known {
  bankAccountId: number;
  partyId: number;
  customerName: string;
  year: { from: string; to: string };
  month: { from: string; to: string };
}

const sorts = (route: string, fields: readonly string[], base: Record<string, unknown> = {}): ListCase[] =>
  fields.flatMap((sort) =>
    (['asc', 'desc'] as const).map((dir) => ({ route, label: `sort ${sort} ${dir}`, input: { ...base, sort, dir } })),
  );
const filters = (route: string, list: Record<string, Record<string, unknown>>, base: Record<string, unknown> = {}) =>
  Object.entries(list).map(([label, f]) => ({ route, label, input: { ...base, ...f } }));

export function listCases(k: Known): ListCase[] {
  const word = k.customerName.split(' ')[1]!.toLowerCase();
  const invoices = { kinds: ['invoice', 'deposit'] };
  return [
    ...sorts('parties.party.list', ['code', 'name', 'city', 'postalCode', 'updatedAt']),
    ...filters('parties.party.list', {
      customers: { role: 'customer' },
      suppliers: { role: 'supplier' },
      'all statuses': { status: 'all' },
      city: { city: 'Lyon' },
      search: { search: word },
    }),
    ...sorts('accounting.entry.list', ['date', 'number', 'journal']),
    ...filters('accounting.entry.list', {
      journal: { journalCode: 'VT' },
      validated: { status: 'validated' },
      month: k.month,
      account: { accountNumber: '411' },
      search: { search: 'VT2026' },
    }),
    ...sorts('accounting.account.list', ['number']),
    ...filters('accounting.account.list', { class: { accountClass: 6 } }),
    ...filters('accounting.aux.list', { customers: { kind: 'customer' }, search: { search: word } }).map((c) => ({
      ...c,
      unpaged: true,
    })),
    ...sorts('accounting.openitem.list', ['date', 'dueDate'], { kind: 'customer' }),
    ...filters('accounting.openitem.list', {
      account: { accountNumber: '411' },
      'all statuses': { kind: 'customer', status: 'all' },
    }),
    ...sorts('accounting.bankline.list', ['date', 'amount'], { bankAccountId: k.bankAccountId }),
    ...filters(
      'accounting.bankline.list',
      { open: { status: 'open' }, matched: { status: 'matched' }, month: k.month },
      { bankAccountId: k.bankAccountId },
    ),
    ...filters('accounting.statement.list', { all: {} }, { bankAccountId: k.bankAccountId }).map((c) => ({
      ...c,
      unpaged: true,
    })),
    ...sorts('accounting.bill.list', ['date', 'number', 'supplier', 'total']),
    ...sorts('sales.document.list', ['date', 'number', 'customer', 'total', 'dueDate'], invoices),
    ...filters(
      'sales.document.list',
      {
        validated: { status: 'validated' },
        unpaid: { payment: 'unpaid' },
        customer: { partyId: k.partyId },
        month: k.month,
        search: { search: word },
      },
      invoices,
    ),
    ...sorts('sales.payment.list', ['date', 'amount']),
    ...filters('sales.payment.list', { customer: { partyId: k.partyId }, month: k.month }),
    ...sorts('sales.receivable.list', ['dueDate', 'customer', 'amount', 'number']),
    ...filters('sales.receivable.list', { overdue: { overdue: true, asOf: k.year.to } }),
    ...sorts('sales.product.list', ['reference', 'label', 'price']),
    ...filters('sales.product.list', { goods: { kind: 'goods' }, search: { search: 'modèle' } }),
    ...sorts('sales.request.list', ['createdAt', 'dueDate', 'priority', 'number']),
    ...sorts('sales.dunning.list', ['date']),
    ...filters('admin.audit.list', {
      all: {},
      route: { route: 'sales.document.validate' },
      month: k.month,
    }),
  ];
}

/** Rows per page, as the screens ask for them. */
export const PAGE = 50;

export interface ListWalkStep {
  listCase: ListCase;
  /** The first page's input: the case's own, with page 0 where the list is paged. */
  first: Record<string, unknown>;
  /**
   * The deep page, four fifths of the way down the `total` the first page answered, with its input; null where the
   * list is not paged or that page is one of the first two.
   */
  deep(total: number): { page: number; input: Record<string, unknown> } | null;
}

/** Every list case in order, each with its first page and, once that page's total is known, its deep page. */
export function* walkListCases(k: Known): Generator<ListWalkStep> {
  for (const listCase of listCases(k)) {
    const first = { ...listCase.input, ...(listCase.unpaged ? {} : { page: 0, pageSize: PAGE }) };
    yield {
      listCase,
      first,
      deep(total) {
        const page = Math.floor((total * 0.8) / PAGE);
        return listCase.unpaged || page < 2 ? null : { page, input: { ...first, page } };
      },
    };
  }
}
