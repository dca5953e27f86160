import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// In Electron, better-sqlite3 must load the native module built for Electron's ABI; a connection opened without
// it loads node_modules' build for Node and fails at run time, only in the desktop app, which cannot run here.
// So every place the core opens a connection must hand the binding on.
const CORE = join(__dirname, '..');
const EXEMPT = new Set(['testing.ts', 'db/query-plan-check.ts', 'db/durability-child.ts', 'db/connection.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The text of each call to `callee`, up to its closing parenthesis. */
function calls(text: string, callee: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf(callee); i >= 0; i = text.indexOf(callee, i + 1)) {
    let depth = 0;
    let j = i + callee.length - 1;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    found.push(text.slice(i, j + 1));
  }
  return found;
}

describe('connections in the core', () => {
  it('all pass the native binding on', () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const file of sources(CORE)) {
      const name = relative(CORE, file);
      if (EXEMPT.has(name)) continue;
      const text = readFileSync(file, 'utf8');
      for (const call of [...calls(text, 'new Database('), ...calls(text, 'openSqlite(')]) {
        seen++;
        if (!/binding/i.test(call)) offenders.push(`${name}: ${call.replace(/\s+/g, ' ')}`);
      }
    }
    expect(seen).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });
});
