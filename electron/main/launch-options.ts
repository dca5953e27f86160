import path from 'node:path';

/** Where the dossier comes from: `--db FILE` or `--db=FILE`, then COULISSE_DB, then the default location. */
export interface DbChoice {
  dbPath: string;
  source: 'argument' | 'environment' | 'default';
}

export function dbArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const next = argv[i + 1];
      return next !== undefined && next !== '' && !next.startsWith('--') ? next : null;
    }
    if (arg?.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      return value === '' ? null : value;
    }
  }
  return null;
}

export function chooseDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  defaultPath: () => string,
): DbChoice {
  const fromArg = dbArgument(argv);
  if (fromArg !== null) return { dbPath: path.resolve(cwd, fromArg), source: 'argument' };
  const fromEnv = env['COULISSE_DB'];
  if (fromEnv) return { dbPath: path.resolve(cwd, fromEnv), source: 'environment' };
  return { dbPath: defaultPath(), source: 'default' };
}

/** The file to open at start when the command line or COULISSE_DB names one; null opens on the chooser. */
export function namedDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | null {
  const choice = chooseDbPath(argv, env, cwd, () => '');
  return choice.source === 'default' ? null : choice.dbPath;
}
