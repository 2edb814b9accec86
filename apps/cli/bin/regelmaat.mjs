#!/usr/bin/env node
// Entry point of the `regelmaat` command: runs the build in ../dist (`npm run build`, which
// `npm install` runs too; see scripts/build.mjs).
import { gebouwd } from './gebouwd.mjs';

const { main, stilBijGeslotenPijp } = await gebouwd('main');
stilBijGeslotenPijp(process.stdout);
stilBijGeslotenPijp(process.stderr);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
});
