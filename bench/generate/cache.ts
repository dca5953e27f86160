import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kyselyFor, openSqlite } from '../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { buildCompany, type BuiltCompany } from './build-company';

// A generated company at scale 1 takes many minutes: it is kept in bench/cache/ under a key that changes with
// the seed, the scale and the generator's own sources, and copied before each run so that measuring never changes
// the cached file. A cached file from an older schema is brought forward once by the app's own migrations, as a
// user's file is, instead of being generated again.

const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE = join(HERE, '..', 'cache');

function generatorHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(HERE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    h.update(f).update(readFileSync(join(HERE, f)));
  }
  return h.digest('hex').slice(0, 12);
}

export function cacheKey(seed: number, scale: number): string {
  return `company-s${seed}-x${scale}-${generatorHash()}`;
}

export interface Prepared {
  built: BuiltCompany;
  cached: boolean;
}

/** Copies the cached company for (seed, scale) to `target`, generating it first when the cache lacks it. */
export async function preparedCompany(
  target: string,
  seed: number,
  scale: number,
  log = console.log,
): Promise<Prepared> {
  const key = cacheKey(seed, scale);
  const file = join(CACHE, `${key}.coulisse`);
  const meta = join(CACHE, `${key}.json`);
  let cached = true;
  if (!existsSync(file) || !existsSync(meta)) {
    cached = false;
    mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    log(`generating ${key} (scale ${scale}) ...`);
    const built = await buildCompany(partial, scale, seed, log);
    for (const suffix of ['-wal', '-shm', '.lock']) rmSync(partial + suffix, { force: true });
    renameSync(partial, file);
    writeFileSync(meta, JSON.stringify(built, null, 2));
  }
  await bringForward(file, log);
  copyFileSync(file, target);
  return { built: JSON.parse(readFileSync(meta, 'utf8')) as BuiltCompany, cached };
}

async function bringForward(file: string, log: (line: string) => void): Promise<void> {
  const sqlite = openSqlite(file);
  try {
    // The app never gathers planner statistics (docs/architecture.md, "Query plans"): a file measured with them
    // would be planned unlike any user's. Older caches had them.
    for (const stat of ['sqlite_stat1', 'sqlite_stat4']) sqlite.exec(`drop table if exists ${stat}`);
    const from = schemaVersion(sqlite);
    if (from >= LATEST_SCHEMA_VERSION) return;
    log(`migrating the cached company from schema ${from} to ${LATEST_SCHEMA_VERSION} ...`);
    await migrate(sqlite, kyselyFor(sqlite), file, { backupBeforeMigrating: false });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
}
