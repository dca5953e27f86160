import path from 'node:path';

// node_modules/better-sqlite3 stays built for Node (tests, CLI, browser mode). The Electron build of its
// addon lives elsewhere and is handed to better-sqlite3 through its `nativeBinding` option.

export const BINDING_FILE = 'better_sqlite3.node';

export interface BindingContext {
  isPackaged: boolean;
  /** process.resourcesPath: extraResources land there in a packaged app. */
  resourcesPath: string;
  /** The project folder (the one holding package.json) when running unpackaged. */
  projectRoot: string;
  /** process.versions.electron */
  electronVersion: string;
}

export function nativeBindingPath(context: BindingContext): string {
  if (context.isPackaged) return path.join(context.resourcesPath, 'native', BINDING_FILE);
  return path.join(context.projectRoot, 'build', 'native', `electron-${context.electronVersion}`, BINDING_FILE);
}

/** The command that produces the development binding, for the message shown when it is missing. */
export const BUILD_BINDING_COMMAND = 'node scripts/electron-native.mjs';
