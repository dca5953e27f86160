// Automatic matching plans which open lines to letter together, per account and third party, in two passes:
// 1. by document number: an invoice's reference found in a payment's label or reference ties the lines; lines tied
//    together (directly or through each other) are lettered when they balance to zero;
// 2. by amount: among the lines left, one debit and one credit of the same amount, when each is the only candidate
//    of that amount on its side. Lines tied by a document number that did not balance are left for the clerk: the
//    number says what they belong to, so pairing them by amount with something else would be a guess.

export interface MatchCandidate {
  id: number;
  /** Account and third party: lines are only ever matched within one. */
  partyKey: string;
  date: string;
  /** Debit minus credit. */
  amount: number;
  /** The voucher number of the line's entry. */
  reference: string | null;
  /** Everything a payment may quote an invoice number in: labels and reference. */
  text: string;
}

export interface PlannedMatch {
  lineIds: number[];
  method: 'reference' | 'amount';
  date: string;
}

/**
 * Words that can be a document number: with a digit and at least three characters, compared without case and
 * without the punctuation that ends a sentence or opens a parenthesis.
 */
export function documentTokens(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[\s,;:()[\]{}«»"'°]+/)
    .map((w) => w.replace(/^[.\-/#_]+|[.\-/#_]+$/g, '').toUpperCase())
    .filter((w) => w.length >= 3 && /\d/.test(w));
}

function find(parent: Map<number, number>, id: number): number {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root)!;
  let cur = id;
  while (cur !== root) {
    const next = parent.get(cur)!;
    parent.set(cur, root);
    cur = next;
  }
  return root;
}

function planParty(lines: MatchCandidate[]): PlannedMatch[] {
  const plans: PlannedMatch[] = [];
  const refs = new Set(lines.flatMap((l) => documentTokens(l.reference)));
  const parent = new Map(lines.map((l) => [l.id, l.id]));
  const firstWithKey = new Map<string, number>();
  for (const l of lines) {
    for (const key of new Set(documentTokens(l.text))) {
      if (!refs.has(key)) continue;
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, l.id);
      else parent.set(find(parent, l.id), find(parent, other));
    }
  }
  const components = new Map<number, MatchCandidate[]>();
  for (const l of lines) {
    const root = find(parent, l.id);
    const group = components.get(root);
    if (group) group.push(l);
    else components.set(root, [l]);
  }
  const tied = new Set<number>();
  for (const group of components.values()) {
    if (group.length < 2) continue;
    for (const l of group) tied.add(l.id);
    if (group.reduce((s, l) => s + l.amount, 0) !== 0) continue;
    plans.push({ lineIds: group.map((l) => l.id), method: 'reference', date: minDate(group) });
  }
  const bySize = new Map<number, { debits: MatchCandidate[]; credits: MatchCandidate[] }>();
  for (const l of lines) {
    if (tied.has(l.id)) continue;
    const size = Math.abs(l.amount);
    const slot = bySize.get(size) ?? { debits: [], credits: [] };
    (l.amount > 0 ? slot.debits : slot.credits).push(l);
    bySize.set(size, slot);
  }
  for (const { debits, credits } of bySize.values()) {
    if (debits.length !== 1 || credits.length !== 1) continue;
    const pair = [debits[0]!, credits[0]!];
    plans.push({ lineIds: pair.map((l) => l.id), method: 'amount', date: minDate(pair) });
  }
  return plans;
}

function minDate(lines: MatchCandidate[]): string {
  return lines.reduce((d, l) => (l.date < d ? l.date : d), lines[0]!.date);
}

/** The matches to make, oldest first, so that letters follow the calendar. */
export function planMatches(candidates: readonly MatchCandidate[]): PlannedMatch[] {
  const parties = new Map<string, MatchCandidate[]>();
  for (const c of candidates) {
    const party = parties.get(c.partyKey);
    if (party) party.push(c);
    else parties.set(c.partyKey, [c]);
  }
  const plans = [...parties.values()].flatMap(planParty);
  for (const p of plans) p.lineIds.sort((a, b) => a - b);
  return plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.lineIds[0]! - b.lineIds[0]!));
}
