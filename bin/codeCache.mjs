// Runs a CommonJS script (the built command line, out/cli/cli.cjs) with a V8 code cache kept beside it, so a
// start skips parsing and compiling its 0.8 MB (Node 20 has no module.enableCompileCache). The cache is keyed by
// the script's build id (its first line, `// gosched-cli-build <hash>`, written by vite.cli.config.ts) and V8's
// version: V8 checks only a cache's length and flags, so a cache of another build must never be offered. A
// missing, rejected or unwritable cache only costs the compile it would have saved. The script has no dynamic
// import() (a script from a code cache has no loader for one in Node 20; the build refuses one): it requires.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

const BUILD_LINE = /^\/\/ gosched-cli-build ([0-9a-f]{8,64})\n/;

/** Where the code cache of `file` (whose text is `source`) lives for this V8, or undefined without a build id. */
export function cachePath(file, source) {
  const id = BUILD_LINE.exec(source)?.[1];
  return id === undefined
    ? undefined
    : `${file}.${id}.v8-${process.versions.v8.replace(/[^\w.-]/g, '_')}.cache`;
}

/**
 * Loads `file` as a CommonJS module through `vm.Script`, with its code cache when there is a valid one, and
 * returns its exports and a function that writes the cache (call it after the work, so the functions the work
 * compiled are in the cache too; it does nothing when a valid cache was used).
 */
export function loadWithCodeCache(file) {
  const source = readFileSync(file, 'utf8');
  const cache = cachePath(file, source);
  const cachedData = cache !== undefined && existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const used = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    usedCache: used,
    saveCache() {
      if (used || cache === undefined) return;
      const tmp = `${cache}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cache); // atomic: a concurrent start reads the old cache or the new one, never half
      } catch {
        rmSync(tmp, { force: true }); // a read-only install: run without a cache
      }
    },
  };
}
