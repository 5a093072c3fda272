import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Where the built command line goes (`--outDir` overrides it); `bin/gosched.mjs` runs `main.mjs` from here (`.mjs`: Node needs no package.json lookup to know they are ES modules). */
const OUT_DIR = resolve('out/cli');

/**
 * Records which repository sources went into the bundle (`out/cli/inputs.json`), so the launcher can tell
 * in a checkout whether the build is older than the TypeScript it came from, with one `stat` per file.
 */
function inputsManifest(): Plugin {
  return {
    name: 'gosched-cli-inputs',
    apply: 'build',
    generateBundle() {
      const root = resolve('.');
      const inputs = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes('/node_modules/') && !id.includes('\0'))
        .map((id) => relative(root, id))
        .sort();
      this.emitFile({
        type: 'asset',
        fileName: 'inputs.json',
        source: JSON.stringify({ inputs }, null, 1) + '\n',
      });
    },
  };
}

/**
 * The `gosched` command line, built to one plain-JavaScript ES module for Node (the same bundler as the
 * app). Its dependencies (zod, …) are bundled in, so an installed package runs with nothing but Node: no
 * TypeScript loader, no dev dependency, no module resolution at start.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [inputsManifest()],
  // Bundle everything but Node's own modules and two CommonJS runtime dependencies that read `__dirname` or
  // `__filename`, which an ES module bundle does not have: playwright-core (`gosched render` only: it finds its own
  // files through them) and write-file-atomic (its temporary names; `render` writes the WebVTT beside a video with
  // it). Both are loaded from node_modules.
  ssr: { noExternal: true, external: ['playwright-core', 'write-file-atomic'], target: 'node' },
  build: {
    ssr: resolve('bin/cli.ts'),
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'main.mjs', chunkFileNames: 'cli-[name].mjs' },
    },
  },
});
