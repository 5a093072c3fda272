/** Test helpers: questions about a model run's event log. */
import type { SchedEvent } from '../../events';

/** Events of one kind. */
export function ofKind(events: readonly SchedEvent[], kind: string): SchedEvent[] {
  return events.filter((e) => e.kind === kind);
}

/** Goroutine moves into a running place. */
export function runs(events: readonly SchedEvent[]): SchedEvent[] {
  return events.filter((e) => e.kind === 'g.move' && (e.to ?? '').startsWith('running('));
}

/** The first event matching `f`, or throws. */
export function first(events: readonly SchedEvent[], f: (e: SchedEvent) => boolean): SchedEvent {
  const e = events.find(f);
  if (e === undefined) throw new Error('no such event');
  return e;
}

/** Most threads at once that want a core (running, ready or waiting for the lock). */
export function maxRunnableThreads(events: readonly SchedEvent[]): number {
  const state = new Map<number, string>();
  let max = 0;
  for (const e of events) {
    if (e.kind !== 'thread.status') continue;
    state.set(e.m as number, e.to as string);
    let n = 0;
    for (const s of state.values()) if (s === 'running' || s === 'ready' || s === 'lock') n++;
    max = Math.max(max, n);
  }
  return max;
}
