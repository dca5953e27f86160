#!/usr/bin/env node
// The admin command line runs the TypeScript sources directly, so it is the same code the app ships.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
