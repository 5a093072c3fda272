import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoRun } from '../GoRun';
import { createGoRun } from '../index';
import { program } from '../testing/bodyBuilder';
import { programArb, type RandomProgram } from '../testing/randomProgram';

const MAX = 30_000;

function logOf(run: GoRun): string {
  const parts: string[] = [];
  for (let i = 0; i < run.eventCount; i++) parts.push(JSON.stringify(run.event(i)));
  return parts.join('\n') + `\n#exit ${JSON.stringify(run.exit)}\n#out ${JSON.stringify(run.output())}`;
}

/** Small keyframe interval so seeks restore real keyframes, not just the start. */
const make = (rp: RandomProgram) =>
  createGoRun(program(rp.main), { gomaxprocs: rp.gomaxprocs, seed: rp.seed, keyframeEvents: 16 });

describe('determinism and chunking', () => {
  it('same program + settings + seed → byte-identical event log over 100 runs', () => {
    const rp = fc.sample(programArb, { numRuns: 1, seed: 777 })[0] as RandomProgram;
    const first = make(rp);
    first.runToEnd(MAX);
    const ref = logOf(first);
    expect(first.eventCount).toBeGreaterThan(20);
    for (let i = 0; i < 100; i++) {
      const r = make(rp);
      r.runToEnd(MAX);
      expect(logOf(r)).toBe(ref);
    }
  });

  it('different seeds may differ but each is reproducible', () => {
    const rp = fc.sample(programArb, { numRuns: 1, seed: 99 })[0] as RandomProgram;
    const a = make({ ...rp, seed: 1 });
    const b = make({ ...rp, seed: 1 });
    a.runToEnd(MAX);
    b.runToEnd(MAX);
    expect(logOf(a)).toBe(logOf(b));
  });

  it('property: run-to-end, single steps, runUntil chunks and seek-then-continue give identical logs', () => {
    fc.assert(
      fc.property(programArb, fc.integer({ min: 1, max: 5_000_000 }), fc.nat(), (rp, chunkNs, seekPick) => {
        const a = make(rp);
        a.runToEnd(MAX);
        const ref = logOf(a);
        const n = a.eventCount;
        // single steps
        const b = make(rp);
        while (b.eventCount < n && b.step() !== undefined);
        expect(logOf(b)).toBe(ref);
        // runUntil chunks
        const c = make(rp);
        let t = 0;
        while (c.exit === undefined && c.eventCount < n) {
          t += chunkNs;
          c.runUntil(t);
        }
        c.seekToEvent(n - 1);
        expect(logOf(c)).toBe(ref);
        // seek back into the middle, then continue by steps: same events, same views as a fresh run
        const d = make(rp);
        d.runToEnd(MAX);
        const mid = n > 0 ? seekPick % n : -1;
        d.seekToEvent(mid);
        expect(d.eventCount).toBe(mid + 1);
        const viewAtMid = JSON.stringify(d.view());
        const e = make(rp);
        e.seekToEvent(mid);
        expect(JSON.stringify(e.view())).toBe(viewAtMid);
        while (d.eventCount < n && d.step() !== undefined);
        expect(logOf(d)).toBe(ref);
      }),
      { numRuns: 40, seed: 4242 },
    );
  });

  it('stepping backwards one event (seek to seq-1) restores exactly the previous view', () => {
    const rp = fc.sample(programArb, { numRuns: 1, seed: 31 })[0] as RandomProgram;
    const run = make(rp);
    const views: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (run.step() === undefined) break;
      views.push(JSON.stringify(run.view()));
    }
    for (let s = views.length - 1; s >= 1; s -= 7) {
      run.seekToEvent(s - 1);
      expect(JSON.stringify(run.view())).toBe(views[s - 1]);
    }
  });
});

describe('seeking with many Ps (regression: interned kinds beyond 255 strings)', () => {
  it('seeking anywhere in a 32-P run lands on the same views as a fresh run', async () => {
    const B = await import('../testing/bodyBuilder');
    const worker = B.body('main.worker', [
      B.loop(4, 'k', [
        B.work((v) => 5_000 + (((v.i as number) * 7919 + (v.k as number) * 104_729) % 20_000)),
        B.lock(B.ref('mu')),
        B.work(1_000),
        B.unlock(B.ref('mu')),
        B.send(B.ref('ch'), 1),
        B.recv(B.ref('ch')),
        B.sleep(B.ref('nap')),
        B.ifThen((v) => (v.k as number) % 2 === 1, [B.syscall(30_000)]),
      ]),
      B.wgDone(B.ref('wg')),
    ]);
    const main = [
      B.newWaitGroup('wg'),
      B.makechan('ch', 16),
      B.newMutex('mu'),
      B.wgAdd(B.ref('wg'), 300),
      B.loop(300, 'i', [
        B.go(worker, (v) => ({
          i: v.i,
          wg: v.wg,
          ch: v.ch,
          mu: v.mu,
          nap: 20_000 + ((v.i as number) % 7) * 1_000,
        })),
      ]),
      B.wgWait(B.ref('wg')),
    ];
    const run = createGoRun(B.program(main), { gomaxprocs: 32, seed: 3, keyframeEvents: 1_000 });
    run.runToEnd();
    expect(run.exit?.code).toBe(0);
    const n = run.eventCount;
    expect(n).toBeGreaterThan(10_000);
    const ref = logOf(run);
    for (const f of [0.9, 0.1, 0.5, 0.77, 0.33]) {
      const seq = Math.floor(n * f);
      run.seekToEvent(seq);
      const fresh = createGoRun(B.program(main), { gomaxprocs: 32, seed: 3 });
      fresh.seekToEvent(seq);
      expect(JSON.stringify(run.view())).toBe(JSON.stringify(fresh.view()));
    }
    run.seekToEvent(n - 1);
    expect(logOf(run)).toBe(ref);
  });

  it('property: runUntil with an event budget (a playback tick) stops early and, repeated, gives the same log', () => {
    fc.assert(
      fc.property(programArb, fc.integer({ min: 1, max: 40 }), (rp, budget) => {
        const whole = make(rp);
        whole.runToEnd(MAX);
        const chunked = make(rp);
        const endNs = whole.now;
        for (let guard = 0; guard < MAX && chunked.exit === undefined; guard++) {
          const before = chunked.eventCount;
          chunked.runUntil(endNs, budget);
          // An action is never cut: a budgeted call may pass its budget by the rest of one action only.
          expect(chunked.eventCount - before).toBeLessThan(budget + 64);
          if (chunked.eventCount === before) break;
        }
        chunked.runToEnd(MAX);
        expect(logOf(chunked)).toBe(logOf(whole));
      }),
      { numRuns: 30 },
    );
  });
});
