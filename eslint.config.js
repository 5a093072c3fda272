import { builtinModules } from 'node:module';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Globals the pure engine must not touch: wall-clock time, randomness and timers break determinism. */
const nondeterministic = [
  { name: 'Date', message: 'The engine is deterministic: use the virtual clock (integer ns).' },
  {
    name: 'performance',
    message: 'The engine is deterministic: wall-clock time belongs in src-engine/host/.',
  },
  { name: 'setTimeout', message: 'No timers in the engine: schedule events on the virtual clock.' },
  { name: 'setInterval', message: 'No timers in the engine: schedule events on the virtual clock.' },
  { name: 'setImmediate', message: 'No timers in the engine: schedule events on the virtual clock.' },
  { name: 'queueMicrotask', message: 'No timers in the engine: schedule events on the virtual clock.' },
  {
    name: 'requestAnimationFrame',
    message: 'The engine has no frames: it runs in a worker or utility process.',
  },
  { name: 'window', message: 'The engine imports no DOM API.' },
  { name: 'document', message: 'The engine imports no DOM API.' },
  { name: 'process', message: 'The engine imports no Node API.' },
  { name: 'require', message: 'The engine imports no Node API.' },
];

/** Node built-in modules by their bare names (the `node:` forms are caught by a pattern). */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

export default ts.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      'test-results',
      'playwright-report',
      'bench-results.json',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The pure engine: no DOM, Node or Electron, no wall clock, no Math.random, no timers.
    files: ['src-engine/**/*.ts'],
    ignores: ['src-engine/host/**', 'src-engine/**/*.test.ts', 'src-engine/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The engine imports no Node API.' })),
          patterns: [
            { group: ['node:*'], message: 'The engine imports no Node API (only src-engine/host/ may).' },
            { group: ['electron', 'electron/*'], message: 'The engine imports no Electron API.' },
            {
              group: ['**/host/**', '**/src-renderer/**', '**/src-main/**'],
              message: 'Dependencies flow one way: sim and lang do not import the host, renderer or main.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nondeterministic],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the engine PRNG (seeded, forked streams).' },
      ],
    },
  },
);
