#!/usr/bin/env node
// Launcher of the `gosched` command line: registers tsx so the TypeScript sources run directly, then runs it.
import { register } from 'tsx/esm/api';

// A reader that goes away (`gosched run x.go | head`) ends the output quietly, as for any Unix tool.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
const { runCli } = await import('../src-engine/host/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
