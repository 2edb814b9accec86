#!/usr/bin/env node
// npm run bench:brieven — letters per second on one core, bytes per letter, and the Typst ceiling.
import { register } from 'tsx/esm/api';

register();
const { runBriefBenchmark } = await import('../src/testing/bench.ts');
await runBriefBenchmark(process.argv.slice(2));
