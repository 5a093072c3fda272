/** How long an M blocked in `netpoll(delay)` sleeps (docs/go-scheduler.md §6). */

/** Nanoseconds in a millisecond: `epoll_wait`'s timeout unit. */
const MS_NS = 1_000_000;

/** Largest slack the kernel's estimate adds to a poll/select/epoll timeout (`MAX_SLACK`, fs/select.c), ns. */
const MAX_POLL_SLACK_NS = 100 * MS_NS;

/**
 * Slack the Linux kernel allows an `epoll_wait` timeout of `timeoutNs` (`select_estimate_accuracy`,
 * fs/select.c): 0.1 % of the timeout, at most 100 ms, and never less than the thread's `timer_slack_ns`.
 * `ep_poll` arms its hrtimer with this range (`schedule_hrtimeout_range`), and on an otherwise idle CPU the
 * timer fires at the end of it, so the blocked M wakes this long after its deadline.
 */
export function epollSlackNs(timeoutNs: number, timerSlackNs: number): number {
  return Math.max(timerSlackNs, Math.min(Math.floor(timeoutNs / 1000), MAX_POLL_SLACK_NS));
}

/**
 * `netpoll(delay)` on Linux (netpoll_epoll.go): `epoll_wait` takes whole milliseconds, so a delay under 1 ms
 * sleeps 1 ms and a longer one is truncated to whole ms (the M then wakes early, finds no expired timer and
 * polls again for the rest). The kernel ends that sleep {@link epollSlackNs} after the timeout (hrtimer range
 * expiry), and the woken thread runs `wakeLatencyNs` later, so a loop of sleeps drifts later each time, as in
 * real Go. Returns the time the blocked M is back in Go for a deadline `untilNs`, given `nowNs`. Whole-ms
 * rounding is why goroutines that went to sleep a few µs apart are woken together, in one `runTimers` pass.
 */
export function netpollWakeAt(
  nowNs: number,
  untilNs: number,
  timerSlackNs: number,
  wakeLatencyNs: number,
): number {
  const delay = untilNs - nowNs;
  if (delay <= 0) return nowNs;
  const timeoutNs = delay < MS_NS ? MS_NS : Math.floor(delay / MS_NS) * MS_NS;
  return nowNs + timeoutNs + epollSlackNs(timeoutNs, timerSlackNs) + wakeLatencyNs;
}

/**
 * When a thread in a timed futex sleep (`notetsleep` → `futexsleep(ns)`, e.g. sysmon's deep sleep until the
 * next timer) is back in Go: the kernel's `futex_wait` arms its hrtimer with the thread's `timer_slack_ns` as
 * range, then the woken thread takes `wakeLatencyNs` to run.
 */
export function futexSleepWakeAt(untilNs: number, timerSlackNs: number, wakeLatencyNs: number): number {
  return untilNs + timerSlackNs + wakeLatencyNs;
}
