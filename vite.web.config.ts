import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { cspMetaPlugin } from './build/vite/cspMetaPlugin.ts';

/**
 * Browser build of the renderer: the same UI, with the engine host in a Web Worker instead of the
 * utility process. `npm run web` serves it; the Playwright e2e tests drive its production build.
 */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [svelte({ configFile: resolve('svelte.config.js') }), cspMetaPlugin()],
  worker: { format: 'es' },
  // One local bundle for a desktop-class app (Pixi and CodeMirror are large); nothing is fetched remotely.
  build: { outDir: '../dist-web', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2500 },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
