import type { OpenItem } from '../../../../../shared/contract/accounting-lettering';

/** The ticked lines, kept across pages and refreshes by id. */
export type Selection = ReadonlyMap<number, Pick<OpenItem, 'id' | 'debit' | 'credit'>>;

export function toggled(selection: Selection, item: Pick<OpenItem, 'id' | 'debit' | 'credit'>): Selection {
  const next = new Map(selection);
  if (next.has(item.id)) next.delete(item.id);
  else next.set(item.id, item);
  return next;
}

/** Debit minus credit of the ticked lines: they can be lettered together only at zero. */
export function selectionBalance(selection: Selection): number {
  let sum = 0;
  for (const l of selection.values()) sum += l.debit - l.credit;
  return sum;
}

export function canLetter(selection: Selection): boolean {
  return selection.size >= 2 && selectionBalance(selection) === 0;
}
