#!/usr/bin/env node
// A worker process of a run (`regelmaat run … --workers N` starts these; the same as `regelmaat
// worker --run ID`). Loads the prebuilt bundle of src/worker-ingang.ts when it is current (see
// bundel.mjs), else the TypeScript sources through tsx.
import { pathToFileURL } from 'node:url';
import { actueleBundel } from './bundel.mjs';

const bundel = actueleBundel('worker');
let ingang;
if (bundel) {
  ingang = await import(pathToFileURL(bundel).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ingang = await import('../src/worker-ingang.ts');
}
process.exitCode = await ingang.workerIngang(process.argv.slice(2));
