#!/usr/bin/env node
// npm run bench:cli — start time of `regelmaat bereken <example>` against a bare `node -e ''`.
import { gebouwd } from './gebouwd.mjs';

const { runCliBenchmark } = await gebouwd('bench-cli');
await runCliBenchmark(process.argv.slice(2));
