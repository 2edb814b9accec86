import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'scripts/**/*.test.mjs',
      'apps/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.tsx',
    ],
    globalSetup: ['./scripts/vitest-bouw.mjs'],
    pool: 'threads',
    // Database tests open PGlite and run migrations; on a busy 2-core machine that alone can pass
    // vitest's 5 s default. Speed is measured by the benchmarks, never by a test's timeout.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
