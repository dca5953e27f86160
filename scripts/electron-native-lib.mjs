// Pure helpers of electron-native.mjs, kept apart so that Vitest covers them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
export const BINDING_FILE = 'better_sqlite3.node';

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The version of an installed package, read from node_modules/<name>/package.json. */
export function readPackageVersion(rootDir, name) {
  const file = path.join(rootDir, 'node_modules', name, 'package.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(
      `${name} is not installed (${path.relative(rootDir, file)} is missing or unreadable); run npm install`,
    );
  }
  if (typeof manifest.version !== 'string' || !VERSION.test(manifest.version)) {
    throw new Error(`${path.relative(rootDir, file)} has no usable version`);
  }
  return manifest.version;
}

export function readElectronVersion(rootDir) {
  return readPackageVersion(rootDir, 'electron');
}

/** Where the Electron build of the addon lives; build/native/current is what packaging picks up. */
export function nativeLayout(rootDir, electronVersion) {
  const dir = path.join(rootDir, 'build', 'native', `electron-${electronVersion}`);
  const currentDir = path.join(rootDir, 'build', 'native', 'current');
  return {
    dir,
    srcDir: path.join(dir, 'src'),
    binding: path.join(dir, BINDING_FILE),
    stamp: path.join(dir, 'stamp.json'),
    currentDir,
    currentBinding: path.join(currentDir, BINDING_FILE),
    currentStamp: path.join(currentDir, 'stamp.json'),
  };
}

/**
 * node-gyp arguments for an Electron build. `headers` is an optional local copy of the Electron headers
 * (an extracted folder or the .tar.gz) for machines without network.
 */
export function nodeGypArgs(electronVersion, headers = null) {
  if (!VERSION.test(electronVersion)) throw new Error(`invalid Electron version "${electronVersion}"`);
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
  ];
  if (headers?.kind === 'dir') args.push(`--nodedir=${headers.path}`);
  if (headers?.kind === 'tarball') args.push(`--tarball=${headers.path}`);
  return args;
}

// npm passes its configuration to child processes as npm_config_* variables, and node-gyp obeys them: an
// ambient nodedir (this machine has nodedir=/usr) or target would silently build for Node's ABI instead.
const FORCING_SETTING =
  /^(?:npm_config_|npm_package_config_node_gyp_)(?:nodedir|target|runtime|disturl|dist_url|tarball|arch|target_arch|build_from_source)$/i;

/** The environment for node-gyp: everything but the settings that would override the Electron target. */
export function buildEnv(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || FORCING_SETTING.test(key) || key.toLowerCase() === 'nodedir') continue;
    clean[key] = value;
  }
  return clean;
}

export function stampFor({ electronVersion, betterSqlite3Version, platform, arch }) {
  return { electron: electronVersion, betterSqlite3: betterSqlite3Version, platform, arch };
}

/** Whether the binding must be (re)built: missing, or built for another Electron, addon version or machine. */
export function needsBuild({ bindingExists, stampText, expected }) {
  if (!bindingExists || typeof stampText !== 'string') return true;
  let stamp;
  try {
    stamp = JSON.parse(stampText);
  } catch {
    return true;
  }
  const keys = Object.keys(expected);
  return (
    stamp === null ||
    typeof stamp !== 'object' ||
    Object.keys(stamp).length !== keys.length ||
    keys.some((key) => stamp[key] !== expected[key])
  );
}

export function readStamp(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Sources to copy from node_modules/better-sqlite3: everything except its Node build and nested packages. */
export function shouldCopySource(relativePath) {
  const first = relativePath.split(/[\\/]/)[0];
  return first !== 'build' && first !== 'node_modules' && first !== '.git';
}

export function parseArgs(argv, env = {}) {
  const options = { force: false, headers: null, help: false };
  const headersFrom = (value) => {
    if (!value) throw new Error('--headers needs a path (an extracted Electron headers folder or its .tar.gz)');
    return value;
  };
  let headersPath = env.COULISSE_ELECTRON_HEADERS || null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') options.force = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--headers') headersPath = headersFrom(argv[++i]);
    else if (arg.startsWith('--headers=')) headersPath = headersFrom(arg.slice('--headers='.length));
    else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  if (headersPath) {
    options.headers = {
      kind: /\.(?:tar\.gz|tgz)$/i.test(headersPath) ? 'tarball' : 'dir',
      path: path.resolve(headersPath),
    };
  }
  return options;
}

const NETWORK_FAILURE =
  /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|fetch failed|socket hang up|self[- ]signed certificate|unable to get local issuer certificate|network connectivity)\b|\b40[34]\b.*headers|headers.*\b40[34]\b/i;

/** One line saying why node-gyp failed, from the end of its output. */
export function describeFailure(output, exitCode, electronVersion) {
  if (NETWORK_FAILURE.test(output)) {
    return (
      `could not download the Electron ${electronVersion} headers from ${ELECTRON_HEADERS_URL} (no network?); ` +
      'on an offline machine pass --headers <folder or .tar.gz> with a copy of them'
    );
  }
  if (/^gyp ERR! find Python|Could not find any Python/im.test(output)) {
    return 'node-gyp needs Python 3 to build better-sqlite3; install it and try again';
  }
  if (
    /\b(?:make: not found|not found: make|g\+\+: not found|cc: not found|No Xcode or CLT|Could not find any Visual Studio)\b/i.test(
      output,
    )
  ) {
    return 'no C/C++ toolchain found to build better-sqlite3 (make and g++, Xcode tools or Visual Studio Build Tools)';
  }
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  // The first stack line carries the error message; other ERR! lines are context (System, cwd, not ok…).
  const stack = lines.find((line) => line.startsWith('gyp ERR! stack '))?.slice('gyp ERR! stack '.length);
  const other = lines
    .filter((line) => /^gyp ERR! (?!(?:System|command|cwd|node -v|node-gyp -v|not ok|stack)\b)/.test(line))
    .at(-1)
    ?.replace(/^gyp ERR!\s*/, '');
  const last = stack ?? other;
  return `node-gyp failed with exit code ${exitCode}${last ? `: ${last}` : ''}`;
}
