import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GView, WorldView } from '../WorldView';
import { hiddenByLine, perPlaceFor, trimView } from './trimView';

/** A consistent random view: Gs spread over P run queues, the global queue and a few wait places. */
const viewArb = fc
  .record({
    nPs: fc.integer({ min: 1, max: 6 }),
    locs: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 400 }),
  })
  .map(({ nPs, locs }): WorldView => {
    const gs: GView[] = locs.map((k, i) => {
      const loc =
        k < 4
          ? `runq(P${k % nPs})`
          : k < 7
            ? 'globrunq'
            : k < 9
              ? `recvq(ch${k})`
              : k < 11
                ? `timers(P${k % nPs})`
                : 'dead';
      const status = k < 7 ? '_Grunnable' : k < 11 ? '_Gwaiting' : '_Gdead';
      return {
        id: i + 1,
        status,
        loc,
        order: (i * 7919) % 1000,
        ...(k >= 9 && k < 11 ? { wakeAt: i % 13 } : {}),
        ...(i % 5 !== 0 ? { line: 1 + (i % 7) } : {}),
      };
    });
    return {
      t: 0,
      seq: 0,
      gomaxprocs: nPs,
      ps: Array.from({ length: nPs }, (_, p) => ({
        id: p,
        status: '_Prunning' as const,
        m: p,
        runnext: null,
        runq: gs.filter((g) => g.loc === `runq(P${p})`).map((g) => g.id),
        schedtick: 0,
      })),
      ms: [],
      gs,
      globrunq: gs.filter((g) => g.loc === 'globrunq').map((g) => g.id),
      chans: [],
      stw: null,
    };
  });

describe('trimView', () => {
  it('leaves small views alone', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        expect(trimView(v, 400)).toBe(v);
      }),
    );
  });

  it("hiddenByLine reads a trimmed view's left-out goroutines by line, leaving out empty lines", () => {
    const v = { trimmed: { hiddenLines: { 12: 79_744, 15: 0 } } } as unknown as WorldView;
    expect([...hiddenByLine(v)]).toEqual([[12, 79_744]]);
    expect(hiddenByLine(undefined).size).toBe(0);
  });

  it('counts the goroutines it leaves out at their source line: every live one is sent or counted (property)', () => {
    fc.assert(
      fc.property(viewArb, fc.integer({ min: 1, max: 30 }), (v, per) => {
        const t = trimView(v, -1, per);
        const byLine = (gs: readonly GView[]) => {
          const m = new Map<number, number>();
          for (const g of gs) if (g.status !== '_Gdead' && g.line) m.set(g.line, (m.get(g.line) ?? 0) + 1);
          return m;
        };
        const sent = byLine(t.gs);
        const all = byLine(v.gs);
        for (const [line, n] of all)
          expect((sent.get(line) ?? 0) + (t.trimmed?.hiddenLines[line] ?? 0)).toBe(n);
        for (const line of Object.keys(t.trimmed?.hiddenLines ?? {}))
          expect(all.has(Number(line))).toBe(true);
      }),
    );
  });

  it('keeps the head of every place and counts the rest: no goroutine is lost (property)', () => {
    fc.assert(
      fc.property(viewArb, fc.integer({ min: 1, max: 30 }), (v, per) => {
        const t = trimView(v, -1, per);
        const live = v.gs.filter((g) => g.status !== '_Gdead');
        expect(t.trimmed?.total).toBe(live.length);
        const count = (gs: readonly GView[]) => {
          const m = new Map<string, number>();
          for (const g of gs) if (g.status !== '_Gdead') m.set(g.loc, (m.get(g.loc) ?? 0) + 1);
          return m;
        };
        const before = count(v.gs);
        const after = count(t.gs);
        for (const [loc, n] of before) {
          const kept = after.get(loc) ?? 0;
          expect(kept).toBe(Math.min(n, per));
          expect(kept + (t.trimmed?.hidden[loc] ?? 0)).toBe(n);
        }
        // Queues keep their head, in order.
        v.ps.forEach((p, i) => expect(t.ps[i]?.runq).toEqual(p.runq.slice(0, per)));
        expect(t.globrunq).toEqual(v.globrunq.slice(0, per));
        // Sleepers kept are the earliest to wake.
        for (const [loc] of before) {
          if (!loc.startsWith('timers')) continue;
          const kept = t.gs.filter((g) => g.loc === loc).map((g) => g.wakeAt ?? 0);
          const left = live.filter((g) => g.loc === loc && !t.gs.includes(g)).map((g) => g.wakeAt ?? 0);
          if (kept.length > 0 && left.length > 0)
            expect(Math.max(...kept)).toBeLessThanOrEqual(Math.min(...left));
        }
      }),
    );
  });
});

describe('perPlaceFor', () => {
  it('gives the same trim whatever was trimmed before it (its reused columns hold nothing over) (property)', () => {
    fc.assert(
      fc.property(viewArb, viewArb, (a, b) => {
        const first = trimView(b, 10, 3);
        trimView(a, 10, 3);
        expect(trimView(b, 10, 3)).toEqual(first);
      }),
    );
  });

  it('keeps a whole local run queue when there are few places, and a bounded total when there are many', () => {
    expect(perPlaceFor(10)).toBe(256);
    expect(perPlaceFor(70) * 70).toBeLessThanOrEqual(6_000);
    expect(perPlaceFor(100_000)).toBe(32);
  });
});

describe('trimView with very many wait places', () => {
  it('keeps the most crowded wait places, counts the others, and never drops a running goroutine', () => {
    const gs: GView[] = [{ id: 1, status: '_Grunning', loc: 'running(P0)', order: 0 }];
    for (let i = 0; i < 5_000; i++)
      gs.push({ id: i + 2, status: '_Gwaiting', loc: `recvq(ch${i})`, order: i });
    for (let i = 0; i < 3; i++) gs.push({ id: 10_000 + i, status: '_Gwaiting', loc: 'sema(mu1)', order: i });
    const v: WorldView = {
      t: 0,
      seq: 0,
      gomaxprocs: 1,
      ps: [{ id: 0, status: '_Prunning', m: 0, runnext: null, runq: [], schedtick: 0 }],
      ms: [{ id: 0, state: 'running', p: 0, g: 1 }],
      gs,
      globrunq: [],
      chans: [],
      stw: null,
    };
    const t = trimView(v);
    const places = new Set(t.gs.map((g) => g.loc));
    expect(places.has('running(P0)')).toBe(true);
    expect(places.has('sema(mu1)')).toBe(true); // the most crowded
    expect(places.size).toBeLessThanOrEqual(201);
    const hiddenTotal = Object.values(t.trimmed?.hidden ?? {}).reduce((a, b) => a + b, 0);
    expect(t.gs.length + hiddenTotal).toBe(gs.length);
  });
});

describe('trimView: dropped places', () => {
  it('says how many wait places and goroutines it left out entirely', () => {
    const gs: GView[] = [];
    for (let i = 0; i < 4_000; i++)
      gs.push({ id: i + 1, status: '_Gwaiting', loc: `recvq(ch${i})`, order: i });
    const t = trimView({
      t: 0,
      seq: 0,
      gomaxprocs: 1,
      ps: [{ id: 0, status: '_Pidle', m: null, runnext: null, runq: [], schedtick: 0 }],
      ms: [],
      gs,
      globrunq: [],
      chans: [],
      stw: null,
    });
    expect(t.trimmed?.droppedPlaces).toEqual({ places: 3_800, goroutines: 3_800 });
    expect(t.gs.map((g) => g.loc).slice(0, 3)).toEqual(['recvq(ch0)', 'recvq(ch1)', 'recvq(ch2)']);
  });
});
