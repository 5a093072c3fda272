import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  queueCapacity,
  queueSlot,
  waitingZoneCapacity,
  waitingZonesFit,
  type ZoneDemand,
} from './layout';

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;

describe('computeLayout', () => {
  it('keeps every P card inside the stage and apart, for 1–256 Ps and small to large windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 400, max: 3840 }),
        fc.integer({ min: 300, max: 2160 }),
        (n, w, h) => {
          const l = computeLayout(w, h, n);
          expect(l.ps).toHaveLength(n);
          for (const p of l.ps) {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.y).toBeGreaterThanOrEqual(l.globrunq.y + l.globrunq.h);
            expect(p.x + p.w).toBeLessThanOrEqual(w + 1e-6);
            expect(p.y + p.h).toBeLessThanOrEqual(h + 1e-6);
            expect(p.runSlot.x).toBeGreaterThan(p.x);
            expect(p.runSlot.x).toBeLessThan(p.x + p.w);
          }
          for (let i = 1; i < Math.min(n, 40); i++) expect(overlaps(l.ps[i - 1]!, l.ps[i]!)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses one row for a few Ps on a wide window', () => {
    const l = computeLayout(1600, 600, 4);
    expect(new Set(l.ps.map((p) => p.y)).size).toBe(1);
  });
});

describe('queueSlot', () => {
  it('places the first capacity slots inside the queue area without collisions', () => {
    const r = { x: 10, y: 10, w: 500, h: 60 };
    const cap = queueCapacity(r, 10);
    const seen = new Set<string>();
    for (let i = 0; i < cap; i++) {
      const s = queueSlot(r, i, 10);
      expect(s.x).toBeGreaterThan(r.x);
      expect(s.x).toBeLessThan(r.x + r.w);
      seen.add(`${Math.round(s.x)},${Math.round(s.y)}`);
    }
    expect(seen.size).toBe(cap);
  });
});

describe('computeLayout with zones', () => {
  const demand = [
    { key: 'ch1', column: 'waiting' as const, rows: 2 },
    { key: 'mu1', column: 'waiting' as const, rows: 1 },
    { key: 'netpoll', column: 'waiting' as const, rows: 1 },
    { key: 'M4', column: 'syscalls' as const, rows: 1 },
    { key: 'M5', column: 'syscalls' as const, rows: 1 },
  ];

  it('keeps zones inside their column or lane, apart from each other and from the P cards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 400, max: 2560 }),
        fc.integer({ min: 300, max: 1440 }),
        (n, w, h) => {
          const l = computeLayout(w, h, n, demand);
          expect(l.waiting).toBeDefined();
          expect(l.syscalls).toBeDefined();
          const zones = [...l.zones.values()];
          expect(zones.map((z) => z.key)).toEqual(demand.map((d) => d.key));
          for (const z of zones) {
            expect(z.rows).toHaveLength(demand.find((d) => d.key === z.key)!.rows);
            for (const p of l.ps.slice(0, 8)) expect(overlaps(z, p)).toBe(false);
            expect(z.x).toBeGreaterThanOrEqual(0);
            expect(z.x + z.w).toBeLessThanOrEqual(w + 1e-6);
          }
          for (let i = 1; i < zones.length; i++) expect(overlaps(zones[i - 1]!, zones[i]!)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the whole width to the Ps when nothing waits', () => {
    const l = computeLayout(1200, 800, 4);
    expect(l.waiting).toBeUndefined();
    expect(l.syscalls).toBeUndefined();
    expect(l.globrunq.w).toBe(1200 - 24);
  });
});

describe('waitingZoneCapacity / waitingZonesFit', () => {
  it('as many one-row boxes as the capacity say fit the column, and every box lies inside the stage', () => {
    for (const h of [300, 500, 675, 900, 1200]) {
      for (const lane of [false, true]) {
        const n = waitingZoneCapacity(h, lane);
        expect(waitingZonesFit(Array(n).fill(1), h, lane)).toBe(true);
        expect(waitingZonesFit(Array(n + 1).fill(1), h, lane)).toBe(false);
        const demand: ZoneDemand[] = Array.from({ length: n }, (_, i) => ({
          key: `ch${i}`,
          column: 'waiting',
          rows: 1,
        }));
        if (lane) demand.push({ key: 'M1', column: 'syscalls', rows: 1 });
        const l = computeLayout(1200, h, 4, demand);
        for (const z of l.zones.values()) expect(z.y + z.h).toBeLessThanOrEqual(h + 0.001);
      }
    }
  });
});
