/** Raised for a malformed command line: exit code 2. */
export class UsageError extends Error {}

/** Raised for a command that could not do its work: exit code 1, one line on stderr. */
export class CommandError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<void>;
}
