/** How long an M blocked in `netpoll(delay)` sleeps (docs/go-scheduler.md §6). */

/** Nanoseconds in a millisecond: `epoll_wait`'s timeout unit. */
const MS_NS = 1_000_000;

/**
 * `netpoll(delay)` on Linux (netpoll_epoll.go): `epoll_wait` takes whole milliseconds, so a delay under 1 ms
 * sleeps 1 ms and a longer one is truncated to whole ms (the M then wakes early, finds no expired timer and
 * polls again for the rest). Returns the time the blocked M wakes for a deadline `untilNs`, given `nowNs`.
 * This is why goroutines that went to sleep a few µs apart are woken together, in one `runTimers` pass.
 */
export function netpollWakeAt(nowNs: number, untilNs: number): number {
  const delay = untilNs - nowNs;
  if (delay <= 0) return nowNs;
  if (delay < MS_NS) return nowNs + MS_NS;
  return nowNs + Math.floor(delay / MS_NS) * MS_NS;
}
