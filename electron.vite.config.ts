import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { cspMetaPlugin } from './build/vite/cspMetaPlugin.ts';

/**
 * Desktop build: main (with the engine's utility-process entry beside it), a CommonJS preload (a
 * sandboxed preload cannot be an ES module) and the Svelte renderer.
 */
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          engine: resolve('src-engine/host/utilityEntry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), cspMetaPlugin()],
    build: {
      rolldownOptions: { input: resolve('src-renderer/index.html') },
      chunkSizeWarningLimit: 2500,
    },
    worker: { format: 'es' },
  },
});
