/** What the desktop app understood from its command line. */
export interface LaunchArgs {
  /** A scenario (`.go` or `.gosched`) to open. */
  readonly scenarioPath: string | undefined;
  readonly cores: number | undefined;
  readonly seed: number | undefined;
  /** Problems to show the user; the app opens regardless. */
  readonly warnings: readonly string[];
}

/** Flags Chromium or Electron add on their own, which the app ignores silently. */
const IGNORED_PREFIXES = [
  '--inspect',
  '--remote-debugging-port',
  '--no-sandbox',
  '--enable-logging',
  '--user-data-dir',
];

/**
 * Parses the app's own arguments (after the executable, and after the app path when run unpackaged).
 * Never throws: an unknown flag or a bad value becomes a warning, and the app still opens.
 */
export function parseArgs(argv: readonly string[]): LaunchArgs {
  let scenarioPath: string | undefined;
  let cores: number | undefined;
  let seed: number | undefined;
  const warnings: string[] = [];
  const intFlag = (name: string, raw: string | undefined, min: number, max: number): number | undefined => {
    const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    warnings.push(
      `${name} needs a whole number from ${min} to ${max}, got ${raw === undefined ? 'nothing' : `"${raw}"`}`,
    );
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--cores') cores = intFlag('--cores', value(), 1, 256);
    else if (flag === '--seed') seed = intFlag('--seed', value(), 0, 0xffff_ffff);
    else if (IGNORED_PREFIXES.some((p) => flag.startsWith(p))) continue;
    else if (flag.startsWith('-'))
      warnings.push(`unknown option ${flag} (known: --cores N, --seed N, a scenario file)`);
    else if (scenarioPath === undefined) scenarioPath = arg;
    else warnings.push(`only one scenario can be opened at a time; ignoring "${arg}"`);
  }
  return { scenarioPath, cores, seed, warnings };
}
