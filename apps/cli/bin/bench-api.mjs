#!/usr/bin/env node
// npm run bench:api — requests/s and p50/p99 latency of the API under load (autocannon).
import { register } from 'tsx/esm/api';

register();
const { runApiBenchmark } = await import('../src/bench/bench-api.ts');
await runApiBenchmark(process.argv.slice(2));
