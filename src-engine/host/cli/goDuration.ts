/** Go's `time.ParseDuration` syntax (`10ms`, `1.5s`, `1h2m`, `250us`), to integer nanoseconds. */

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Parses a duration; returns null when the text is not a valid Go duration. */
export function parseGoDuration(text: string): number | null {
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return null;
  let total = 0;
  const re = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = re.exec(s);
    if (m === null) return null;
    const unit = UNITS[m[2] as string] as number;
    total += Number(m[1]) * unit;
    s = s.slice(m[0].length);
  }
  const ns = Math.round(sign * total);
  return Number.isSafeInteger(ns) ? ns : null;
}
