import { defineConfig } from 'vitest/config';

/** Unit and property tests for the engine, the host (over worker_threads ports) and renderer logic. */
export default defineConfig({
  test: {
    include: [
      'build/**/*.test.ts',
      'src-engine/**/*.test.ts',
      'src-main/**/*.test.ts',
      'src-renderer/**/*.test.ts',
      'bin/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
