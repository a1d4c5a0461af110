// The case-file export benchmark runs as a vitest file so it can use the test app (its database template
// and demo data): `npx vitest run --config bench/export/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/export/*.bench-run.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
