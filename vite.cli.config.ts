import { createHash } from 'node:crypto';
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
 * Marks the script build (`cli.cjs`) with a hash of its text on its first line, the key of its V8 code cache
 * (bin/codeCache.mjs): V8 itself checks only a cache's length, so a cache must never outlive its build.
 */
function buildId(): Plugin {
  return {
    name: 'gosched-cli-build-id',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.endsWith('.cjs')) continue;
        // Run from a code cache, the script has no loader for import() in Node 20: it must require instead.
        if (/\bimport\(/.test(chunk.code))
          this.error(`${chunk.fileName} has a dynamic import(): use require`);
        chunk.code = `// gosched-cli-build ${createHash('sha256').update(chunk.code).digest('hex').slice(0, 16)}\n${chunk.code}`;
      }
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
  plugins: [inputsManifest(), buildId()],
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
      output: [
        // ES modules: `--help` loads only main.mjs.
        { format: 'es', entryFileNames: 'main.mjs', chunkFileNames: 'cli-[name].mjs' },
        // One script for every other command, run with a V8 code cache (bin/codeCache.mjs).
        { format: 'cjs', entryFileNames: 'cli.cjs', codeSplitting: false },
      ],
    },
  },
});
