#!/usr/bin/env node
// A worker process of a run (`regelmaat run … --workers N` starts these; the same as `regelmaat
// worker --run ID`). Runs the build of src/worker-ingang.ts, which loads only what a worker needs.
import { gebouwd } from './gebouwd.mjs';

const { workerIngang } = await gebouwd('worker');
process.exitCode = await workerIngang(process.argv.slice(2));
