import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import {
  body,
  fanOut,
  go,
  gosched,
  loop,
  newWaitGroup,
  program,
  rec,
  ref,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { runProgram } from '../testing/run';

const recorder = body('main.rec', [rec((v) => String(v.i)), wgDone(ref('wg'))]);
const spawnN = (n: number) => [
  newWaitGroup('wg'),
  wgAdd(ref('wg'), n),
  loop(n, 'i', [go(recorder, (v) => ({ i: (v.i as number) + 1, wg: v.wg }))]),
];

describe('newproc (runtime.newproc) and runqget', () => {
  it('S01 runnext makes the last-spawned goroutine run first: [9 0 1 … 8]', () => {
    const r = runProgram([...spawnN(10), wgWait(ref('wg'))]);
    expect(r.lines).toEqual(['10', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(r.run.exit?.code).toBe(0);
  });
  it('S01 with three goroutines: G3, G1, G2', () => {
    expect(runProgram([...spawnN(3), wgWait(ref('wg'))]).lines).toEqual(['3', '1', '2']);
  });
  it('the creator continues: no yield on go', () => {
    const r = runProgram([...spawnN(3), rec('main'), wgWait(ref('wg'))]);
    expect(r.lines[0]).toBe('main');
  });
  it('goids: main is 1, user goroutines start after the runtime ones (6, 7, …)', () => {
    const r = runProgram([...spawnN(2), wgWait(ref('wg'))]);
    const created = r.events.filter((e) => e.kind === 'g.create').map((e) => e.g);
    expect(created).toEqual([1, 6, 7]);
  });
});

describe('runqputslow and findRunnable fairness (schedtick % 61)', () => {
  it('S02 300 goroutines on P=1: queue state after spawning and run order', () => {
    const run = createGoRun(program([...spawnN(300), wgWait(ref('wg'))]), { gomaxprocs: 1, seed: 1 });
    run.runToEnd();
    // find main parking in wg.Wait and look at the state just before
    let park = -1;
    for (let i = 0; i < run.eventCount; i++) {
      const e = run.event(i);
      if (e.g === 1 && e.kind === 'g.move' && e.to?.startsWith('sema')) {
        park = i;
        break;
      }
    }
    expect(park).toBeGreaterThan(0);
    run.seekToEvent(park);
    const v = run.view();
    const label = (goid: number) => goid - 5;
    const p0 = v.ps[0];
    expect(p0 && p0.runnext !== null ? label(p0.runnext) : -1).toBe(300);
    const ring = (p0?.runq ?? []).map(label);
    expect(ring).toEqual([...range(129, 256), ...range(258, 299)]);
    expect(v.globrunq.map(label)).toEqual([...range(1, 128), 257]);
    run.seekToEvent(run.recordedCount - 1);
    const lines = run.output().map((o) => Number(o.text));
    expect(lines[0]).toBe(300);
    expect(lines[lines.length - 1]).toBe(257);
    expect(new Set(lines).size).toBe(300);
    const glob = lines.filter((x) => x <= 128 || x === 257);
    expect(glob).toEqual([...range(1, 128), 257]);
    const local = lines.filter((x) => x > 128 && x !== 257 && x !== 300);
    expect(local).toEqual([...range(129, 256), ...range(258, 299)]);
    // two fairness pulls while the ring is non-empty, exactly 61 schedules apart
    expect(lines.indexOf(2) - lines.indexOf(1)).toBe(61);
    expect(lines.indexOf(1)).toBeLessThan(lines.indexOf(299));
  });
});

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

describe('goschedImpl (runtime.Gosched → globrunqput)', () => {
  it('S03 Gosched goes to the global queue behind local work: [C B main]', () => {
    const b = body('main.b', [rec('B')]);
    const c = body('main.c', [rec('C')]);
    const r = runProgram([go(b), go(c), gosched(), rec('main'), work(1000)]);
    expect(r.lines).toEqual(['C', 'B', 'main']);
    const g = r.events.find((e) => e.fn === 'runtime.gosched_m');
    expect(g?.to).toBe('globrunq');
    expect(g?.from).toBe('running(P0)');
  });
});

describe('wakep and spinning (runtime.wakep, runtime.resetspinning)', () => {
  it('S14 a burst of go statements brings Ps online one at a time (the wake-up chain)', () => {
    const w = body('main.w', [work(2_000_000), wgDone(ref('wg'))]);
    const run = createGoRun(program([...fanOut(100, w)]), { gomaxprocs: 8, seed: 5 });
    const view = checkedRun(run, 400_000, 50);
    expect(view).toBeDefined();
    const online: number[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < run.eventCount; i++) {
      const e = run.event(i);
      if (e.kind === 'p.status' && e.to === '_Prunning' && e.p !== undefined && e.p > 0 && !seen.has(e.p)) {
        seen.add(e.p);
        online.push(e.t);
      }
    }
    expect(online.length).toBe(7);
    for (let i = 1; i < online.length; i++)
      expect((online[i] as number) - (online[i - 1] as number)).toBeGreaterThanOrEqual(10_000);
    // never two Ms woken by wakep while one is still spinning
    let maxSpin = 0;
    let spin = 0;
    for (let i = 0; i < run.eventCount; i++) {
      const e = run.event(i);
      if (e.kind === 'm.status' && e.to === 'spinning') spin++;
      if (e.kind === 'm.status' && e.from === 'spinning') spin--;
      maxSpin = Math.max(maxSpin, spin);
    }
    expect(maxSpin).toBeLessThanOrEqual(4);
    expect(run.exit?.code).toBe(0);
  });
});
