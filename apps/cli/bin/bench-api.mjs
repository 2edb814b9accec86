#!/usr/bin/env node
// npm run bench:api — requests/s and p50/p99 latency of the API under load (autocannon).
import { gebouwd } from './gebouwd.mjs';

const { runApiBenchmark } = await gebouwd('bench-api');
await runApiBenchmark(process.argv.slice(2));
