/** `time.Duration.String()` exactly as Go formats it (`1.5s`, `100ms`, `2µs`, `1h2m3s`, `0s`). */
import { bigOf, type Int } from '../runtime/ints';
import { toBytes } from '../runtime/strings';

/** Formats `v / 10^prec` as `.ddd` without trailing zeros (empty when the fraction is 0); returns [text, v / 10^prec]. */
function frac(v: bigint, prec: number): [string, bigint] {
  let s = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) s = digit.toString() + s;
    v /= 10n;
  }
  return [print ? '.' + s : '', v];
}

/** Go's text for a Duration of `ns` nanoseconds, as JS text (it may contain `µ`). */
export function durationText(ns: Int): string {
  let u = bigOf(ns);
  const neg = u < 0n;
  if (neg) u = -u;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      unit = 'µs';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [f, w] = frac(u, prec);
    out = w.toString() + f + unit;
  } else {
    const [f, secs] = frac(u, 9);
    out = (secs % 60n).toString() + f + 's';
    let mins = secs / 60n;
    if (mins > 0n) {
      out = (mins % 60n).toString() + 'm' + out;
      mins /= 60n;
      if (mins > 0n) out = mins.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

/** Go's text for a Duration as a byte string. */
export function durationString(ns: Int): string {
  return toBytes(durationText(ns));
}
