import type { Permission } from '../../../../shared/permissions';

/**
 * The pages of Comptabilité, in tab order, with what each needs (the routes they call need the same). Each page's
 * screen is registered in accounting-screens.ts under the same key.
 */
export const ACCOUNTING_PAGES = [{ key: 'bank', need: 'accounting.read' }] as const satisfies readonly {
  key: string;
  need: Permission;
}[];

export type AccountingPage = (typeof ACCOUNTING_PAGES)[number]['key'];
