/** Command-line parsing for `gosched`: sub-commands, flags and their validation. */
import { parseGoDuration } from './goDuration';
import { parseRenderArgs, RENDER_USAGE, type RenderCommand } from './renderArgs';

/** A usage error: exit status 2 with a one-line message. */
export class UsageError extends Error {}

/** The usage text (`gosched --help`). */
export const USAGE = `usage:
  gosched run FILE [--cores N] [--seed N] [--model ID] [--until DURATION] [--events OUT.jsonl] [--metrics OUT.csv]
  gosched run --model help
  gosched check FILE
  gosched export-go FILE DIR [--force]
  ${RENDER_USAGE}
FILE is a .go file or a .gosched scenario. export-go refuses a DIR that is not empty unless --force
is given (then go.mod, main.go and helpers.go are overwritten; other files are left alone).`;

/** A parsed command line. */
export type Command =
  | {
      readonly cmd: 'run';
      readonly file: string;
      readonly cores: number | undefined;
      readonly seed: number | undefined;
      readonly untilNs: number | undefined;
      readonly events: string | undefined;
      readonly model: string | undefined;
      /** Where to write the run's scheduler metrics as CSV. */
      readonly metrics?: string | undefined;
    }
  | { readonly cmd: 'models' }
  | { readonly cmd: 'check'; readonly file: string }
  | { readonly cmd: 'export-go'; readonly file: string; readonly dir: string; readonly force: boolean }
  | RenderCommand
  | { readonly cmd: 'help' };

const RUN_FLAGS = new Set(['--cores', '--seed', '--until', '--events', '--model', '--metrics']);
/** Flags without a value, by command. */
const SWITCHES: Readonly<Record<string, ReadonlySet<string>>> = { 'export-go': new Set(['--force']) };

function intFlag(name: string, v: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(v)) throw new UsageError(`${name} must be a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${v}`);
  return n;
}

/** Parses `argv` (without the node and script paths). Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): Command {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') return { cmd: 'help' };
  if (cmd === 'render') return parseRenderArgs(rest);
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (SWITCHES[cmd]?.has(name)) {
        if (eq >= 0) throw new UsageError(`flag ${name} takes no value`);
        if (flags.has(name)) throw new UsageError(`flag ${name} given twice`);
        flags.set(name, '');
        continue;
      }
      if (cmd !== 'run' || !RUN_FLAGS.has(name))
        throw new UsageError(`unknown flag ${name} for "gosched ${cmd}"`);
      let value: string | undefined = eq >= 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`flag ${name} needs a value`);
      if (flags.has(name)) throw new UsageError(`flag ${name} given twice`);
      flags.set(name, value);
      value = undefined;
    } else positional.push(a);
  }
  const want = (n: number, what: string): void => {
    if (positional.length !== n)
      throw new UsageError(`"gosched ${cmd}" expects ${what}, got ${positional.length} argument(s)`);
  };
  switch (cmd) {
    case 'run': {
      if (flags.get('--model') === 'help' && positional.length === 0) return { cmd: 'models' };
      want(1, 'one FILE');
      const cores = flags.get('--cores');
      const seed = flags.get('--seed');
      const until = flags.get('--until');
      let untilNs: number | undefined;
      if (until !== undefined) {
        const ns = parseGoDuration(until);
        if (ns === null || ns < 0)
          throw new UsageError(`--until must be a Go duration such as 10ms or 1.5s, got "${until}"`);
        untilNs = ns;
      }
      return {
        cmd,
        file: positional[0] as string,
        cores: cores === undefined ? undefined : intFlag('--cores', cores, 1, 256),
        seed: seed === undefined ? undefined : intFlag('--seed', seed, 0, 0xffff_ffff),
        untilNs,
        events: flags.get('--events'),
        model: flags.get('--model'),
        metrics: flags.get('--metrics'),
      };
    }
    case 'check':
      want(1, 'one FILE');
      return { cmd, file: positional[0] as string };
    case 'export-go':
      want(2, 'FILE and DIR');
      return {
        cmd,
        file: positional[0] as string,
        dir: positional[1] as string,
        force: flags.has('--force'),
      };
    default:
      throw new UsageError(`unknown command "${cmd}"`);
  }
}
