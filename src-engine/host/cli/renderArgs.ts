/** Parsing of `gosched render SCENARIO OUT.(mp4|webm|png) [flags]`. */
import { UsageError } from './args';
import { parseGoDuration } from './goDuration';

/** A point of the run: a beat (1-based, as the lesson numbers them) or a virtual time. */
export type RunPoint = { readonly beat: number } | { readonly timeNs: number };

/** A parsed `gosched render`. */
export interface RenderCommand {
  readonly cmd: 'render';
  readonly file: string;
  readonly out: string;
  readonly format: 'mp4' | 'webm' | 'png';
  readonly widthPx: number;
  readonly heightPx: number;
  readonly fps: number;
  readonly from: RunPoint | undefined;
  readonly to: RunPoint | undefined;
  readonly theme: 'projector' | 'dark' | 'light';
  /** Fit the range into this many seconds of video; undefined: speed 1×. */
  readonly seconds: number | undefined;
}

/** The usage line of `render`. */
export const RENDER_USAGE =
  'gosched render FILE OUT.(mp4|webm|png) [--width W --height H --fps N --from BEAT|TIME --to BEAT|TIME --theme NAME --seconds N]';

const FLAGS = new Set(['--width', '--height', '--fps', '--from', '--to', '--theme', '--seconds']);

function int(name: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${v}`);
  return n;
}

function point(name: string, v: string): RunPoint {
  if (/^\d+$/.test(v)) {
    const beat = Number(v);
    if (beat < 1) throw new UsageError(`${name}: beats are numbered from 1, got ${v}`);
    return { beat };
  }
  const ns = parseGoDuration(v);
  if (ns === null || ns < 0)
    throw new UsageError(
      `${name} must be a beat number (1, 2, …) or a Go duration such as 150us, got "${v}"`,
    );
  return { timeNs: ns };
}

/** Parses the arguments after `render`. Throws {@link UsageError}. */
export function parseRenderArgs(rest: readonly string[]): RenderCommand {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (!FLAGS.has(name)) throw new UsageError(`unknown flag ${name} for "gosched render"`);
      const value = eq >= 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`flag ${name} needs a value`);
      if (flags.has(name)) throw new UsageError(`flag ${name} given twice`);
      flags.set(name, value);
    } else positional.push(a);
  }
  if (positional.length !== 2)
    throw new UsageError(`"gosched render" expects FILE and OUT, got ${positional.length} argument(s)`);
  const [file, out] = positional as [string, string];
  const ext = /\.([a-z0-9]+)$/i.exec(out)?.[1]?.toLowerCase();
  if (ext !== 'mp4' && ext !== 'webm' && ext !== 'png')
    throw new UsageError(`${out}: the output must end in .mp4, .webm or .png`);
  const w = flags.get('--width');
  const h = flags.get('--height');
  const widthPx = w === undefined ? 1920 : int('--width', w, 128, 7680);
  const heightPx =
    h === undefined
      ? w === undefined
        ? 1080
        : Math.round((widthPx * 9) / 16 / 2) * 2
      : int('--height', h, 128, 4320);
  if (ext !== 'png' && (widthPx % 2 !== 0 || heightPx % 2 !== 0))
    throw new UsageError(`video sizes must be even, got ${widthPx}×${heightPx}`);
  const fps = flags.get('--fps');
  const theme = flags.get('--theme') ?? 'projector';
  if (theme !== 'projector' && theme !== 'dark' && theme !== 'light')
    throw new UsageError(`--theme must be projector, dark or light, got "${theme}"`);
  const seconds = flags.get('--seconds');
  const from = flags.get('--from');
  const to = flags.get('--to');
  return {
    cmd: 'render',
    file,
    out,
    format: ext,
    widthPx,
    heightPx,
    fps: fps === undefined ? 30 : int('--fps', fps, 1, 120),
    from: from === undefined ? undefined : point('--from', from),
    to: to === undefined ? undefined : point('--to', to),
    theme,
    seconds: seconds === undefined ? undefined : int('--seconds', seconds, 1, 7200),
  };
}
