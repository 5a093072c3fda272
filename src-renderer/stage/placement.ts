import { parseLocation } from '../../src-engine/sim/events';
import { compareInPlace } from '../../src-engine/sim/view/gview';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { queueCapacity, queueSlot, type Rect, type StageLayout } from './layout';
import type { Point } from './motion';
import type { Zone } from './zones';

/** Where each goroutine is drawn, and how many at each location did not fit (shown as counts). */
export interface Placement {
  readonly targets: ReadonlyMap<number, Point>;
  /** Token radius by goroutine when it differs from the layout's default (queues draw smaller). */
  readonly radius: ReadonlyMap<number, number>;
  /** Goroutines not drawn, by location (`runq(P0)`, `globrunq`, `recvq(ch3)`, …). */
  readonly hidden: ReadonlyMap<string, number>;
}

/**
 * Computes the drawn position of every goroutine from the engine's view: running and `runnext` slots,
 * the local run queue in ring order, the P's timers by wake time, the global queue in FIFO order, and zone rows. A
 * queue that holds more than fits shows its first tokens and counts the rest (level of detail).
 * Pure: the same view and layout always give the same placement.
 */
export function placeGoroutines(view: WorldView, zones: readonly Zone[], l: StageLayout): Placement {
  const targets = new Map<number, Point>();
  const radius = new Map<number, number>();
  const hidden = new Map<string, number>();
  const small = l.token * 0.8;
  const inQueue = (ids: readonly number[], area: Rect, r0: number, loc: string, shrink = false) => {
    const inner = { x: area.x, y: area.y, w: area.w, h: area.h };
    const r = shrink ? radiusToFit(inner, r0, ids.length) : r0;
    const cap = queueCapacity(inner, r);
    ids.forEach((id, i) => {
      if (i < cap) {
        targets.set(id, queueSlot(inner, i, r));
        if (r !== l.token) radius.set(id, r);
      }
    });
    if (ids.length > cap) hidden.set(loc, ids.length - cap);
  };

  const timers = new Map<number, GView[]>();
  for (const g of view.gs) {
    const { kind, arg } = parseLocation(g.loc);
    const p = arg?.startsWith('P') ? Number(arg.slice(1)) : NaN;
    const card = Number.isInteger(p) ? l.ps[p] : undefined;
    if (kind === 'running' && card) targets.set(g.id, card.runSlot);
    else if (kind === 'runnext' && card) targets.set(g.id, card.runnextSlot);
    else if (kind === 'timers' && card) {
      const list = timers.get(p);
      if (list) list.push(g);
      else timers.set(p, [g]);
    }
  }
  view.ps.forEach((p, i) => {
    const card = l.ps[i];
    if (!card) return;
    // A local run queue (at most 256) shrinks its tokens to dots rather than hide any: zooming in reads them.
    inQueue(p.runq, card.runq, small, `runq(P${i})`, true);
    inQueue(sleepersInWakeOrder(timers.get(i) ?? []), card.timers, small, `timers(P${i})`);
  });
  const q = l.globrunq;
  inQueue(view.globrunq, { x: q.x + 4, y: q.y + 12, w: q.w - 8, h: q.h - 12 }, l.token, 'globrunq');
  for (const z of zones) {
    const zl = l.zones.get(z.key);
    if (!zl) continue;
    z.rows.forEach((row, i) => {
      const area = zl.rows[i];
      if (area) inQueue(row.gs, area, Math.min(small, area.h / 2.4), row.loc);
    });
  }
  // Goroutines the host left out of a trimmed view are not drawn either: count them at their place.
  for (const [loc, n] of Object.entries(view.trimmed?.hidden ?? {}))
    hidden.set(loc, (hidden.get(loc) ?? 0) + n);
  return { targets, radius, hidden };
}

/** Smallest radius a queued token shrinks to, px (zoom in to read it). */
export const MIN_TOKEN_RADIUS = 1.5;

/** The largest radius ≤ `r` at which `n` tokens fit in `area`, but not below {@link MIN_TOKEN_RADIUS}. */
export function radiusToFit(area: Rect, r: number, n: number): number {
  let fit = r;
  while (fit > MIN_TOKEN_RADIUS && queueCapacity(area, fit) < n) fit = Math.max(MIN_TOKEN_RADIUS, fit * 0.85);
  return fit;
}

/** A P's sleeping goroutines, earliest wake time first (the timer heap's order), ties by arrival. */
export function sleepersInWakeOrder(gs: readonly GView[]): number[] {
  return [...gs].sort(compareInPlace).map((g) => g.id);
}
