/**
 * A P's timer heap: 4-ary min-heap of timer ids ordered by (when, seq), as the runtime's (`timerHeapN = 4`).
 * The root (`heap[0]`) is the earliest timer.
 */
import type { Timer } from '../state/types';

/** `timerHeapN`. */
export const TIMER_HEAP_N = 4;

type Timers = readonly (Timer | undefined)[];

function less(ts: Timers, a: number, b: number): boolean {
  const x = ts[a] as Timer;
  const y = ts[b] as Timer;
  return x.when < y.when || (x.when === y.when && x.seq < y.seq);
}

function siftUp(h: number[], ts: Timers, i: number): void {
  const id = h[i] as number;
  while (i > 0) {
    const parent = ((i - 1) / TIMER_HEAP_N) | 0;
    const pid = h[parent] as number;
    if (!less(ts, id, pid)) break;
    h[i] = pid;
    i = parent;
  }
  h[i] = id;
}

function siftDown(h: number[], ts: Timers, i: number): void {
  const n = h.length;
  const id = h[i] as number;
  for (;;) {
    const c0 = i * TIMER_HEAP_N + 1;
    if (c0 >= n) break;
    let best = c0;
    const end = Math.min(c0 + TIMER_HEAP_N, n);
    for (let c = c0 + 1; c < end; c++) if (less(ts, h[c] as number, h[best] as number)) best = c;
    if (!less(ts, h[best] as number, id)) break;
    h[i] = h[best] as number;
    i = best;
  }
  h[i] = id;
}

export function heapPush(h: number[], ts: Timers, id: number): void {
  h.push(id);
  siftUp(h, ts, h.length - 1);
}

/** Removes and returns the root. */
export function heapPop(h: number[], ts: Timers): number {
  const top = h[0] as number;
  const last = h.pop() as number;
  if (h.length > 0) {
    h[0] = last;
    siftDown(h, ts, 0);
  }
  return top;
}

/** Removes timer `id` wherever it is; false if absent. */
export function heapRemove(h: number[], ts: Timers, id: number): boolean {
  const i = h.indexOf(id);
  if (i < 0) return false;
  const last = h.pop() as number;
  if (i < h.length) {
    h[i] = last;
    siftDown(h, ts, i);
    siftUp(h, ts, i);
  }
  return true;
}
