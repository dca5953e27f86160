import type Database from 'better-sqlite3';
import { forgetReadMemos } from '../../electron/core/db/read-memo';
import { PAGE, walkListCases, type Known } from './list-cases';
import type { Figure } from './results';
import { stats, timed } from './timing';

type Call = (route: string, input: unknown) => Promise<unknown>;

/** Every list case on its first page and on a page four fifths of the way down (the deep page). */
export async function measureLists(call: Call, known: Known, runs: number, only?: RegExp): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { listCase: c, first, deep: deepPage } of walkListCases(known)) {
    if (only && !only.test(`${c.route} ${c.label}`)) continue;
    const answer = (await call(c.route, first)) as { total?: number };
    const s = await timed(runs, () => call(c.route, first));
    // Scrolling reuses the count; the first page after any write computes it again.
    const cold = await timed(Math.min(runs, 10), () => {
      forgetReadMemos();
      return call(c.route, first);
    });
    const total = answer.total ?? 0;
    figures.push({
      group: 'lists',
      operation: `${c.route} ${c.label}${c.unpaged ? '' : ` (page 0 of ${Math.ceil(total / PAGE)})`}`,
      p50: s.p50,
      p95: s.p95,
      cold: cold.p50,
      budget: 10,
      budgetOn: 'p95',
    });
    const deep = deepPage(total);
    if (!deep) continue;
    const d = await timed(runs, () => call(c.route, deep.input));
    // After a write the first deep page walks the list's index once again to find its keys.
    const deepCold = await timed(Math.min(runs, 5), () => {
      forgetReadMemos();
      return call(c.route, deep.input);
    });
    figures.push({
      group: 'lists',
      operation: `${c.route} ${c.label} (page ${deep.page})`,
      p50: d.p50,
      p95: d.p95,
      cold: deepCold.p50,
      budget: 10,
      budgetOn: 'p95',
    });
  }
  return figures;
}

/** The top bar's search (system.search.query) over words of every kind, beside the bare FTS5 match. */
export async function measureSearch(call: Call, reader: Database.Database, words: readonly string[], runs: number) {
  const samples: number[] = [];
  const bare: number[] = [];
  const match = reader.prepare('select rowid from search_fts where search_fts match ? order by rank limit 10');
  for (const text of words) {
    await call('system.search.query', { text, limit: 10 });
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      await call('system.search.query', { text, limit: 10 });
      samples.push(performance.now() - t0);
      t0 = performance.now();
      match.all(`"${text.replace(/"/g, '')}"*`);
      bare.push(performance.now() - t0);
    }
  }
  const s = stats(samples);
  const figure: Figure = {
    group: 'search',
    operation: `global search (${words.length} words × ${runs})`,
    p50: s.p50,
    p95: s.p95,
    floor: stats(bare).p50,
    budget: 30,
    budgetOn: 'p95',
  };
  return figure;
}
