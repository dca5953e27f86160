import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { migrateCommand } from './commands/migrate';
import { reportCommand } from './commands/report';
import { restoreCommand } from './commands/restore';
import { routesCommand } from './commands/routes';
import { serveCommand } from './commands/serve';
import { verifyCommand } from './commands/verify';
import { type Command, CommandError, UsageError } from './usage';

const commands: Command[] = [
  initCommand,
  demoCommand,
  serveCommand,
  migrateCommand,
  routesCommand,
  verifyCommand,
  backupCommand,
  restoreCommand,
  reportCommand,
  importCommand,
  exportCommand,
];

function help(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'Coulisse — the offline back office, admin command line',
    '',
    'usage: coulisse <command> [options]     (coulisse <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    "The company file comes from --db FILE, else COULISSE_DB, else the desktop app's file in the user data folder.",
    'Exit codes: 0 ok, 1 failure, 2 usage.',
  ].join('\n');
}

/** Runs one command line and returns the exit code; the only place that writes errors to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`coulisse: unknown command "${name}" (see coulisse --help)\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(
        `coulisse ${name}: ${(error as Error).message.split('\n')[0]} (see coulisse ${name} --help)\n`,
      );
      return 2;
    }
    if (error instanceof CommandError) {
      process.stderr.write(`coulisse ${name}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`coulisse ${name}: ${(error as Error).message?.split('\n')[0] ?? String(error)}\n`);
    return 1;
  }
}
