#!/usr/bin/env node
// Builds better-sqlite3's addon for the installed Electron into build/native/electron-<version>/, from a copy of
// its sources. node_modules/better-sqlite3 is never touched: tests, the CLI and browser mode run on Node's ABI.
//
//   node scripts/electron-native.mjs [--force] [--headers <folder|.tar.gz>]
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildEnv,
  describeFailure,
  nativeLayout,
  needsBuild,
  nodeGypArgs,
  parseArgs,
  readElectronVersion,
  readPackageVersion,
  readStamp,
  shouldCopySource,
  stampFor,
} from './electron-native-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (file) => path.relative(root, file) || '.';
const log = (message) => console.log(`[electron-native] ${message}`);

class Failure extends Error {}

function writeAtomically(file, write) {
  const temporary = `${file}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, file);
}

/** Runs node-gyp, showing its output as it comes and keeping the end of it to explain a failure. */
function runNodeGyp(args, cwd) {
  const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(nodeGyp)) throw new Failure('node-gyp is not installed (node_modules/node-gyp); run npm install');
  return new Promise((resolve, reject) => {
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-64 * 1024);
    };
    const child = spawn(process.execPath, [nodeGyp, ...args], {
      cwd,
      env: buildEnv(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      keep(chunk);
      process.stderr.write(chunk);
    });
    child.on('error', (error) => reject(new Failure(`could not start node-gyp: ${error.message}`)));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output: tail }));
  });
}

function publishCurrent(layout) {
  mkdirSync(layout.currentDir, { recursive: true });
  writeAtomically(layout.currentBinding, (temporary) => copyFileSync(layout.binding, temporary));
  copyFileSync(layout.stamp, layout.currentStamp);
}

async function main() {
  const options = parseArgs(process.argv.slice(2), process.env);
  if (options.help) {
    console.log('usage: node scripts/electron-native.mjs [--force] [--headers <folder|.tar.gz>]');
    console.log('Builds better-sqlite3 for the installed Electron into build/native/ (node_modules stays as is).');
    return;
  }
  const electronVersion = readElectronVersion(root);
  const betterSqlite3Version = readPackageVersion(root, 'better-sqlite3');
  const layout = nativeLayout(root, electronVersion);
  const expected = stampFor({ electronVersion, betterSqlite3Version, platform: process.platform, arch: process.arch });
  const what = `better-sqlite3 ${betterSqlite3Version} for Electron ${electronVersion} (${process.platform}-${process.arch})`;

  if (
    !options.force &&
    !needsBuild({ bindingExists: existsSync(layout.binding), stampText: readStamp(layout.stamp), expected })
  ) {
    publishCurrent(layout);
    log(`${what} is up to date: ${rel(layout.binding)}`);
    return;
  }

  log(`building ${what}`);
  log(`copying node_modules/better-sqlite3 (without build/) to ${rel(layout.srcDir)}`);
  // The real folder, so that a linked package is copied rather than linked (and built in place).
  const source = realpathSync(path.join(root, 'node_modules', 'better-sqlite3'));
  rmSync(layout.srcDir, { recursive: true, force: true });
  mkdirSync(layout.dir, { recursive: true });
  cpSync(source, layout.srcDir, {
    recursive: true,
    dereference: true,
    filter: (from) => shouldCopySource(path.relative(source, from)),
  });

  const args = nodeGypArgs(electronVersion, options.headers);
  log(`running node-gyp ${args.join(' ')} (in ${rel(layout.srcDir)}, without npm's nodedir/target settings)`);
  const { code, output } = await runNodeGyp(args, layout.srcDir);
  if (code !== 0) throw new Failure(describeFailure(output, code, electronVersion));

  const built = path.join(layout.srcDir, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Failure(`node-gyp succeeded but ${rel(built)} is missing`);
  writeAtomically(layout.binding, (temporary) => copyFileSync(built, temporary));
  writeAtomically(layout.stamp, (temporary) => writeFileSync(temporary, `${JSON.stringify(expected, null, 2)}\n`));
  publishCurrent(layout);
  log(`built ${rel(layout.binding)} (also copied to ${rel(layout.currentBinding)} for packaging)`);
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`electron-native: ${message.split('\n')[0]}`);
  process.exit(1);
});
