// Vitest's global setup (vitest.config.ts): builds apps/cli/dist (scripts/build.mjs, ≈ 1 s) before
// the tests, so the tests that start a program as a process (the server, worker processes, the
// CLI through a pipe) run the current sources, as the in-process tests do.
import { bouw } from './build.mjs';

export async function setup() {
  await bouw();
}
