#!/usr/bin/env node
// npm run bench:batch — generation, advance run and definitive run throughput on PGlite and, when
// DATABASE_URL is set, on PostgreSQL with worker processes.
import { gebouwd } from './gebouwd.mjs';

const { runBatchBenchmark } = await gebouwd('bench-batch');
await runBatchBenchmark(process.argv.slice(2));
