import type { SchedulerRun } from '../sim/SchedulerRun';

/**
 * The last of the first `count` events whose time is at or before `tNs`, or -1 when even the first is
 * later. Binary search: event times never decrease along the log.
 */
export function lastEventAtOrBefore(run: SchedulerRun, count: number, tNs: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (run.event(mid).t <= tNs) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
