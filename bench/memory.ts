import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs bench/shortLivedChild.ts for `n` goroutines in a fresh process; its peak resident memory, MiB. */
function child(n: number): { peakMiB: number; events: number; exitCode: number } {
  const script = resolve(import.meta.dirname, 'shortLivedChild.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as {
    peakMiB: number;
    events: number;
    exitCode: number;
  };
}

/**
 * Memory in proportion to live state (docs/limits.md §3): peak resident memory of a fresh Node process that
 * runs a Go program starting N goroutines that return at once (`go func() { wg.Done() }()` in a loop, then
 * `wg.Wait()`), to its end, with the default settings (keyframes every 4 096 events):
 * - `engine.peakMiB_400kShortLived`, `engine.peakMiB_800kShortLived`, `engine.peakMiB_1MShortLived` (target
 *   ≤ 400 for 1 000 000; it was 2 800–3 200 for 400 000 and 11 400 for 800 000);
 * - `engine.peakMiB_loaderBaseline`: the same process running nothing (Node with the tsx loader, which the
 *   built CLI does not need: about 100 MiB of each figure above is this).
 */
export async function benchMemory(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  out['engine.peakMiB_loaderBaseline'] = child(0).peakMiB;
  for (const [label, n] of [
    ['400k', 400_000],
    ['800k', 800_000],
    ['1M', 1_000_000],
  ] as const) {
    const r = child(n);
    if (r.exitCode !== 0) throw new Error(`short-lived run of ${n} goroutines exited ${r.exitCode}`);
    out[`engine.peakMiB_${label}ShortLived`] = r.peakMiB;
    out[`engine.events_${label}ShortLived`] = r.events;
  }
  await Promise.resolve();
  return out;
}
