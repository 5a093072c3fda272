#!/usr/bin/env node
// Launcher of the `gosched` command line. It runs the built JavaScript (out/cli/, made by `npm run build:cli`,
// which `npm run build` and `npm pack` run too), so an installed package needs nothing but Node. `--help` loads
// only the small ES module entry (main.mjs); every other command runs the one-file script build (cli.cjs) with a
// V8 code cache beside it (bin/codeCache.mjs). In a checkout where that build is missing or older than the
// TypeScript it came from, it runs the sources through tsx (a dev dependency) instead, or says what to run when
// tsx is not installed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('out/cli/main.mjs', root);
const script = new URL('out/cli/cli.cjs', root);
const sources = new URL('src-engine/host/cli/main.ts', root);
const argv = process.argv.slice(2);
const HELP = new Set(['help', '--help', '-h']);

/** True when the build exists and, in a checkout, no source it was built from changed since. */
function builtIsCurrent() {
  if (!existsSync(built)) return false;
  if (!existsSync(sources)) return true; // an installed package: the build is all there is
  try {
    const builtMs = statSync(built).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= builtMs);
  } catch {
    return false; // no manifest, or a source was removed: rebuild
  }
}

/** The command line's `runCli` and what to do after it, from the build or (checkout only) the TypeScript sources. */
async function loadCli() {
  if (builtIsCurrent()) {
    if (HELP.has(argv[0] ?? 'help') || !existsSync(script))
      return { ...(await import(built.href)), after() {} };
    const { loadWithCodeCache } = await import('./codeCache.mjs');
    const loaded = loadWithCodeCache(fileURLToPath(script));
    return { runCli: loaded.exports.runCli, after: loaded.saveCache };
  }
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      existsSync(built)
        ? 'gosched: the command line is older than its sources: run "npm run build:cli"\n'
        : 'gosched: the command line is not built: run "npm run build:cli"\n',
    );
    process.exit(1);
  }
  register();
  return { ...(await import(new URL('bin/cli.ts', root).href)), after() {} };
}

// A reader that goes away (`gosched run x.go | head`) ends the output quietly, as for any Unix tool.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const { runCli, after } = await loadCli();
process.exitCode = await runCli(argv);
after();
