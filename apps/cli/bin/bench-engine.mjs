#!/usr/bin/env node
// npm run bench:engine — throughput of the batch path and latency of the traced path.
import { register } from 'tsx/esm/api';

register();
const { runEngineBenchmark } = await import('../src/bench/bench-engine.ts');
await runEngineBenchmark(process.argv.slice(2));
