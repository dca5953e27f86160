export const ELECTRON_HEADERS_URL: string;
export const BINDING_FILE: string;

export interface HeadersSource {
  kind: 'dir' | 'tarball';
  path: string;
}

export interface NativeLayout {
  dir: string;
  srcDir: string;
  binding: string;
  stamp: string;
  currentDir: string;
  currentBinding: string;
  currentStamp: string;
}

export interface Stamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export interface NativeOptions {
  force: boolean;
  headers: HeadersSource | null;
  help: boolean;
}

export function readPackageVersion(rootDir: string, name: string): string;
export function readElectronVersion(rootDir: string): string;
export function nativeLayout(rootDir: string, electronVersion: string): NativeLayout;
export function nodeGypArgs(electronVersion: string, headers?: HeadersSource | null): string[];
export function buildEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string>;
export function stampFor(input: {
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
}): Stamp;
export function needsBuild(input: { bindingExists: boolean; stampText: string | null; expected: Stamp }): boolean;
export function readStamp(file: string): string | null;
export function shouldCopySource(relativePath: string): boolean;
export function parseArgs(argv: readonly string[], env?: Readonly<Record<string, string | undefined>>): NativeOptions;
export function describeFailure(output: string, exitCode: number, electronVersion: string): string;
