import type { Permission } from '../../../../shared/permissions';

/**
 * The pages of Comptabilité, in tab order, with what each needs (the routes they call need the same). Each page's
 * screen is registered in accounting-screens.ts under the same key.
 */
export const ACCOUNTING_PAGES = [
  { key: 'entries', need: 'accounting.read' },
  { key: 'chart', need: 'accounting.read' },
  { key: 'bills', need: 'accounting.read' },
  { key: 'bank', need: 'accounting.read' },
  { key: 'lettering', need: 'accounting.read' },
  { key: 'reports', need: 'accounting.read' },
] as const satisfies readonly { key: string; need: Permission }[];

export type AccountingPage = (typeof ACCOUNTING_PAGES)[number]['key'];
