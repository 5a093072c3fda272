import { defineConfig } from 'vitest/config';

/**
 * Unit, property and conformance tests: the engine and language, the host over worker_threads ports, the
 * main process against real temporary folders, renderer logic, the lesson library and the real-Go corpus.
 */
export default defineConfig({
  test: {
    include: [
      'build/**/*.test.ts',
      'src-engine/**/*.test.ts',
      'src-main/**/*.test.ts',
      'src-renderer/**/*.test.ts',
      'bin/**/*.test.ts',
      'lessons/**/*.test.ts',
      'conformance/**/*.test.ts',
      'realworld/**/*.test.ts',
      'docs/**/*.test.ts',
      // Helpers the Playwright specs and the bench share (not the specs themselves, `*.spec.ts`).
      'e2e/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    testTimeout: 180_000,
  },
});
