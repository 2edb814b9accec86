#!/usr/bin/env node
// npm run bench:partner — a childcare provider's monthly batch on PostgreSQL: rows/s and decisions produced.
import { gebouwd } from './gebouwd.mjs';

const { runPartnerBenchmark } = await gebouwd('bench-partner');
await runPartnerBenchmark(process.argv.slice(2));
