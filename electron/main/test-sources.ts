import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The Electron shell's own sources, comments removed, for the tests that scan them the way a static checker
// would (never imported by the app).

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ShellSource {
  /** Path from the project root, with forward slashes. */
  readonly file: string;
  /** The code as TypeScript prints it back without comments: one spelling for `a: true`, no prose to trip on. */
  readonly code: string;
}

const printer = ts.createPrinter({ removeComments: true });

export function withoutComments(text: string, fileName = 'source.ts'): string {
  return printer.printFile(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
}

const isShipped = (name: string) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-');

/** Every file of electron/main and electron/preload that ends up in the app. */
export function shellSources(): ShellSource[] {
  return ['electron/main', 'electron/preload'].flatMap((dir) =>
    readdirSync(path.join(PROJECT_ROOT, dir))
      .filter(isShipped)
      .sort()
      .map((name) => {
        const file = `${dir}/${name}`;
        return { file, code: withoutComments(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), name) };
      }),
  );
}

/** The files whose code matches `pattern`. */
export function filesMatching(sources: readonly ShellSource[], pattern: RegExp): string[] {
  return sources.filter((source) => pattern.test(source.code)).map((source) => source.file);
}
