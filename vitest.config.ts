import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit + integration tests. Browser tests have their own config (test/browser).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    // The database every test app copies, migrated and seeded once per run (test/helpers/template.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    // Every API answer a test provokes must be documented for its operation (responses-seen.ts).
    setupFiles: ['test/helpers/contract-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Measured on 2 cores: one worker per core (vitest's default leaves one idle for its own process,
    // which waits most of the time), and workers kept across files so the app's modules and PGlite's
    // WebAssembly load once per worker instead of once per file (a third less CPU). Every file still
    // gets its own database and app; tests that change process-wide state put it back.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    isolate: false,
  },
});
