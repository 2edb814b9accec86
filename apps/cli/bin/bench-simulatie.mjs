#!/usr/bin/env node
// npm run bench:simulatie — households per second of a reform run on worker threads, beside the
// engine's single-core batch rate measured in the same run.
import { gebouwd } from './gebouwd.mjs';

const { runSimulatieBenchmark } = await gebouwd('bench-simulatie');
await runSimulatieBenchmark(process.argv.slice(2));
