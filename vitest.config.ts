import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          // Behaviour, not speed, is tested here; a busy two-core CI machine must not turn slow into failed.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/helpers/global-setup.ts'],
          // Each suite starts an embedded PGlite and a PostgreSQL schema; on a busy two-core machine
          // the first start and the first requests (compiling) can take several seconds.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // On a Citus cluster only (npm run test:citus, scripts/citus/test.sh): not part of npm test.
        test: {
          name: 'citus',
          environment: 'node',
          include: ['test/citus/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/on-failure.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
