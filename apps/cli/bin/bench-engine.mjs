#!/usr/bin/env node
// npm run bench:engine — throughput of the batch path and latency of the traced path.
import { gebouwd } from './gebouwd.mjs';

const { runEngineBenchmark } = await gebouwd('bench-engine');
await runEngineBenchmark(process.argv.slice(2));
