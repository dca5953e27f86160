import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CommandError, UsageError } from './usage';

/** From --password-file (first line), else typed at a hidden prompt; never from the command line itself. */
export async function readPassword(file: string | undefined, prompt: string): Promise<string> {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const line = text.split(/\r?\n/)[0] ?? '';
    if (!line) throw new CommandError(`${file}: the first line must hold the password`);
    return line;
  }
  if (!process.stdin.isTTY) throw new UsageError('--password-file FILE is required when not typing at a terminal');
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const mute = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    mute._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
