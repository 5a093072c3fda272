import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { computeLayout } from './layout';
import { MIN_TOKEN_RADIUS, placeGoroutines, radiusToFit, sleepersInWakeOrder } from './placement';
import { queueCapacity } from './layout';
import { groupZones } from './zones';

/** A random but consistent world: each G at one location; runq and globrunq lists match the locations. */
const world = fc
  .record({
    nPs: fc.integer({ min: 1, max: 16 }),
    locs: fc.array(
      fc.oneof(
        fc.constant('globrunq'),
        fc.constant('netpoll'),
        fc.constant('forever'),
        fc
          .tuple(fc.constantFrom('runq', 'runnext', 'running', 'timers'), fc.nat(15))
          .map(([k, p]) => `${k}(P${p})`),
        fc.tuple(fc.constantFrom('sendq', 'recvq'), fc.nat(5)).map(([k, c]) => `${k}(ch${c})`),
        fc.nat(5).map((m) => `sema(mu${m})`),
        fc.nat(9).map((m) => `syscall(M${m})`),
      ),
      { maxLength: 600 },
    ),
    size: fc.tuple(fc.integer({ min: 400, max: 2000 }), fc.integer({ min: 300, max: 1200 })),
  })
  .map(({ nPs, locs, size }) => {
    const used = new Set<string>();
    const gs: GView[] = [];
    locs.forEach((raw, i) => {
      const loc = raw.replace(/\(P(\d+)\)/, (_, p: string) => `(P${Number(p) % nPs})`);
      // At most one G runs on, or sits in the runnext of, a P.
      if ((loc.startsWith('running') || loc.startsWith('runnext')) && used.has(loc)) return;
      used.add(loc);
      gs.push({ id: i + 1, status: '_Gwaiting', loc, order: i });
    });
    const ps = Array.from({ length: nPs }, (_, p) => ({
      id: p,
      status: '_Prunning' as const,
      m: p,
      runnext: gs.find((g) => g.loc === `runnext(P${p})`)?.id ?? null,
      runq: gs.filter((g) => g.loc === `runq(P${p})`).map((g) => g.id),
      schedtick: 0,
    }));
    const view: WorldView = {
      t: 0,
      seq: 0,
      gomaxprocs: nPs,
      ps,
      ms: [],
      gs,
      globrunq: gs.filter((g) => g.loc === 'globrunq').map((g) => g.id),
      chans: [],
      stw: null,
    };
    return { view, size };
  });

describe('placeGoroutines', () => {
  it('draws every goroutine once or counts it as not drawn at its location: none is lost', () => {
    fc.assert(
      fc.property(world, ({ view, size }) => {
        const zones = groupZones(view.gs);
        const demand = zones.map((z) => ({ key: z.key, column: z.column, rows: z.rows.length }));
        const l = computeLayout(size[0], size[1], view.ps.length, demand);
        const { targets, hidden } = placeGoroutines(view, zones, l);
        const hiddenTotal = [...hidden.values()].reduce((a, b) => a + b, 0);
        expect(targets.size + hiddenTotal).toBe(view.gs.length);
        for (const [loc, n] of hidden)
          expect(n).toBeLessThanOrEqual(view.gs.filter((g) => g.loc === loc).length);
        for (const p of targets.values()) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(size[0]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('sleepersInWakeOrder', () => {
  it('puts the earliest wake time first, whatever the goroutine ids', () => {
    const s = (id: number, wakeAt: number, order: number) =>
      ({ id, status: '_Gwaiting', loc: 'timers(P0)', order, wakeAt }) as const;
    expect(sleepersInWakeOrder([s(1, 500, 1), s(2, 100, 2), s(3, 5_000_000_000, 3), s(4, 100, 0)])).toEqual([
      4, 2, 1, 3,
    ]);
  });
});

describe('radiusToFit', () => {
  it('shrinks tokens until a full local run queue of 256 fits, never below the minimum', () => {
    const area = { x: 0, y: 0, w: 300, h: 60 };
    const r = radiusToFit(area, 8, 256);
    expect(queueCapacity(area, r)).toBeGreaterThanOrEqual(256);
    expect(r).toBeLessThan(8);
    expect(radiusToFit(area, 8, 3)).toBe(8);
    expect(radiusToFit({ x: 0, y: 0, w: 20, h: 5 }, 8, 256)).toBe(MIN_TOKEN_RADIUS);
  });
});
