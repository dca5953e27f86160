import { createRequire } from 'node:module';
import { build } from 'esbuild';

/**
 * Bundles a script that hosts the core into one ES module for a child process of plain Node, as the app ships
 * the core: a TypeScript loader in the child would cost more time and memory than what it is there to show.
 * better-sqlite3 stays outside, loaded from node_modules with its native module.
 */
export async function bundleChild(entry: string, outfile: string): Promise<void> {
  const sqliteEntry = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [
      {
        name: 'native-sqlite-in-place',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqliteEntry, external: true }));
        },
      },
    ],
  });
}
