#!/usr/bin/env node
// npm run bench:jaar — the year simulation: seconds per simulated month against one advance run of the same households.
import { gebouwd } from './gebouwd.mjs';

const { runJaarBenchmark } = await gebouwd('bench-jaar');
await runJaarBenchmark(process.argv.slice(2));
