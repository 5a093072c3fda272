/**
 * Entry of the built command line (`out/cli/main.mjs`, see vite.cli.config.ts). `gosched --help` is
 * answered from the small argument parser alone; the engine and the language (a separate chunk) load
 * only for a command that needs them, so help costs little more than starting Node.
 */
import { parseArgs, USAGE } from '../src-engine/host/cli/args';

function isHelp(argv: readonly string[]): boolean {
  try {
    return parseArgs(argv).cmd === 'help';
  } catch {
    return false; // a usage error: the full command line reports it
  }
}

/** Runs the command line `argv` (without node and script); returns the exit status. */
export async function runCli(argv: readonly string[]): Promise<number> {
  if (isHelp(argv)) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const cli = await import('../src-engine/host/cli/main');
  return cli.runCli(argv);
}
