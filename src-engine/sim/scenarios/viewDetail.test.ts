/**
 * What the view tells the stage beyond locations: channel buffer fills (`chan.make` / `chan.buf` /
 * `chan.close`), the order of a wait queue (FIFO, and the semaphore's LIFO re-queue at the head), sleepers'
 * wake times (`timers(Pn)` moves carry `arg` = when) and the stop-the-world in progress.
 */
import { describe, expect, it } from 'vitest';
import type { WorldView } from '../WorldView';
import { applyEvent, initialView } from '../view/applyEvent';
import {
  body,
  close,
  gc,
  go,
  lock,
  makechan,
  newMutex,
  recv,
  ref,
  send,
  sleep,
  unlock,
} from '../testing/bodyBuilder';
import { runProgram, type RunResult } from '../testing/run';
import type { Vars } from '../testing/bodyBuilder';

/** The view after every event, folded from the log. */
function views(r: RunResult): WorldView[] {
  const out: WorldView[] = [];
  let v = initialView();
  for (const e of r.events) out.push((v = applyEvent(v, e)));
  return out;
}

describe('chan.make / chan.buf / chan.close (hchan.qcount, dataqsiz, closed)', () => {
  it('the view follows the buffer: make(chan int, 2), two sends, a receive, close', () => {
    const r = runProgram([
      makechan('ch', 2),
      send(ref('ch'), 1),
      send(ref('ch'), 2),
      recv(ref('ch')),
      close(ref('ch')),
    ]);
    const chanEvents = r.events.filter((e) => e.kind.startsWith('chan.'));
    expect(chanEvents.map((e) => [e.kind, e.to, e.arg, e.fn])).toEqual([
      ['chan.make', 'ch1', 2, 'runtime.makechan'],
      ['chan.buf', 'ch1', 1, 'runtime.chansend'],
      ['chan.buf', 'ch1', 2, 'runtime.chansend'],
      ['chan.buf', 'ch1', 1, 'runtime.chanrecv'],
      ['chan.close', 'ch1', 1, 'runtime.closechan'],
    ]);
    const last = views(r).at(-1) as WorldView;
    expect(last.chans).toEqual([{ id: 1, cap: 2, len: 1, closed: true, timer: false }]);
    expect(r.run.view().chans).toEqual(last.chans);
  });

  it('a direct hand-off to a waiting receiver never touches the buffer', () => {
    const R = body('main.R', [recv(ref('ch'))]);
    const r = runProgram([makechan('ch', 1), go(R, (v) => ({ ch: v.ch })), sleep(1_000), send(ref('ch'), 5)]);
    expect(r.events.filter((e) => e.kind === 'chan.buf')).toEqual([]);
  });
});

describe('semacquire1 queue order (FIFO; lifo=true re-queues at the head)', () => {
  it('a starving mutex waiter that lost the race goes back to the head of the sema queue', () => {
    const W = (name: string) => body(`main.${name}`, [lock(ref('mu')), unlock(ref('mu'))]);
    const pass = (v: Vars) => ({ mu: v.mu });
    const r = runProgram([
      newMutex('mu'),
      lock(ref('mu')),
      go(W('A'), pass),
      go(W('B'), pass),
      sleep(2_000_000), // A and B park in the sema queue, in that order
      unlock(ref('mu')), // wakes A (normal mode); main relocks before A runs
      lock(ref('mu')),
      sleep(10_000), // A runs, loses, has waited > 1 ms: starving, re-queued LIFO
      unlock(ref('mu')),
    ]);
    const requeue = r.events.find((e) => e.kind === 'g.move' && e.to?.startsWith('sema(') && e.at === 'head');
    expect(requeue).toBeDefined();
    const v = views(r)[requeue?.seq as number] as WorldView;
    const queue = v.gs.filter((g) => g.loc === requeue?.to).sort((a, b) => a.order - b.order);
    expect(queue.map((g) => g.id)[0]).toBe(requeue?.g);
    expect(queue.length).toBeGreaterThanOrEqual(2);
  });
});

describe('timeSleep: timers(Pn) carry the wake time', () => {
  it('sleepers show their wake time in ns and sort by it', () => {
    const S = body('main.S', [sleep(ref('d'))]);
    const r = runProgram([
      go(S, () => ({ d: 3_000_000_000 })), // beyond 2^31 ns: needs the float64 arg
      go(S, () => ({ d: 1_000 })),
      sleep(5_000),
    ]);
    const moves = r.events.filter((e) => e.kind === 'g.move' && e.to === 'timers(P0)');
    for (const e of moves) expect(e.arg).toBeGreaterThan(e.t);
    const all = views(r);
    const both = all.find((v) => v.gs.filter((g) => g.wakeAt !== undefined).length === 3) as WorldView;
    const sleepers = both.gs
      .filter((g) => g.wakeAt !== undefined)
      .sort((a, b) => (a.wakeAt ?? 0) - (b.wakeAt ?? 0));
    const [long, short] = r.events
      .filter((e) => e.kind === 'g.create')
      .map((e) => e.g)
      .slice(-2);
    expect(sleepers.map((g) => g.id)).toEqual([short, 1, long]);
    expect(sleepers[2]?.wakeAt).toBeGreaterThan(3_000_000_000);
  });
});

describe('stopTheWorldWithSema / startTheWorldWithSema', () => {
  it('the view holds the stop-the-world from stw until stw.start, stopped after stw.stopped', () => {
    const r = runProgram([gc()], { gomaxprocs: 4 });
    const all = views(r);
    const at = (kind: string) => r.events.findIndex((e) => e.kind === kind);
    const [a, b, c] = [at('stw'), at('stw.stopped'), at('stw.start')];
    expect(0 <= a && a <= b && b < c).toBe(true);
    expect(all[a - 1]?.stw ?? null).toBeNull();
    expect(all[a]?.stw).toEqual({ reason: 'stop the world (GC)', m: 0, stopped: false });
    expect(all[b]?.stw?.stopped).toBe(true);
    expect(all[c]?.stw).toBeNull();
  });
});
