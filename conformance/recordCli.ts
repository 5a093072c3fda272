import { writeFile } from 'node:fs/promises';
import prettier from 'prettier';

/** Options shared by the recorders (`conformance/record.ts`, `lessons/record.ts`). */
export interface RecordOptions {
  /** Runs per program; every one must agree. */
  runs: number;
  /** Check the recordings against fresh runs without writing anything. */
  check: boolean;
  /** Names (or name prefixes) to record; empty means all. */
  wanted: string[];
}

/** Parses `[--runs N] [--check] [name…]`. Throws on a bad `--runs`. */
export function parseRecordArgs(args: readonly string[], defaultRuns: number): RecordOptions {
  const options: RecordOptions = { runs: defaultRuns, check: false, wanted: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--check') options.check = true;
    else if (arg === '--runs') options.runs = Number(args[++i]);
    else options.wanted.push(arg);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a positive integer');
  return options;
}

/** Writes `value` as JSON formatted the way the repository's Prettier config formats it. */
export async function writeFormattedJson(file: string, value: unknown): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(JSON.stringify(value), { ...options, filepath: file }));
}
