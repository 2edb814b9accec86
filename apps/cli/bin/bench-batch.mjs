#!/usr/bin/env node
// npm run bench:batch — generation, advance run and definitive run throughput on PGlite and, when
// DATABASE_URL is set, on PostgreSQL with worker processes.
import { register } from 'tsx/esm/api';

register();
const { runBatchBenchmark } = await import('../src/bench/bench-batch.ts');
await runBatchBenchmark(process.argv.slice(2));
