import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type ScenarioInput } from '../protocol';
import { EngineHost, MAX_EVENTS_PER_TICK, TRIMMED_VIEW_MIN_MS } from './EngineHost';
import { fromNodePort } from './PortLike';
import { engineServices } from './services';
import { crowdProgram, Inbox, ManualClock } from './testing';

/** Eight workers on four cores: enough events to step, seek and play through, and a clean exit. */
const program = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(40 * time.Microsecond)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
`;

/** 64 goroutines that yield 20 times each: events in every frame at 100×. */
const busyProgram = `package main

import (
\t"runtime"
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tfor i := 0; i < 64; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tfor j := 0; j < 20; j++ {
\t\t\t\twork(2 * time.Microsecond)
\t\t\t\truntime.Gosched()
\t\t\t}
\t\t}()
\t}
\twg.Wait()
}
`;

const scenario: ScenarioInput = { title: 'demo', program, settings: { cores: 4, seed: 1 } };

/** Messages cross a real worker_threads MessageChannel (structured clone), one macrotask each way. */
function connect(clock = new ManualClock()) {
  const { port1, port2 } = new MessageChannel();
  const host = new EngineHost(engineServices, clock);
  host.attach(fromNodePort(port1));
  const inbox = new Inbox();
  port2.on('message', (m) => inbox.push(m));
  const send = (m: unknown) => port2.postMessage(m);
  opened.push(port2, port1);
  return { host, inbox, send, clock };
}
const opened: MessagePort[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

async function ready(c: ReturnType<typeof connect>) {
  c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  await c.inbox.next('hello', 0);
  c.send({ type: 'load', scenario });
  return c.inbox.next('loaded', 0);
}

describe('EngineHost over worker_threads ports', () => {
  it('answers hello with its protocol version', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    expect(await c.inbox.next('hello')).toEqual({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      engine: 'gosched-engine',
    });
  });

  it('reports a protocol version mismatch as a visible error', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1 });
    const err = await c.inbox.next('error');
    expect(err.code).toBe('version-mismatch');
    expect(err.message).toContain(`v${PROTOCOL_VERSION + 1}`);
  });

  it('speaks protocol v4 (insight queries and breakpoints) and refuses a v3 renderer', async () => {
    expect(PROTOCOL_VERSION).toBe(4);
    const c = connect();
    c.send({ type: 'hello', protocolVersion: 3 });
    const err = await c.inbox.next('error');
    expect(err.code).toBe('version-mismatch');
    expect(err.message).toContain('v3');
    c.send({ type: 'query', requestId: 1, query: { kind: 'metrics' } });
    expect((await c.inbox.next('error', c.inbox.all.length - 0 - 0)).code).toMatch(
      /version-mismatch|not-ready/,
    );
  });

  it('refuses work before hello', async () => {
    const c = connect();
    c.send({ type: 'play' });
    expect((await c.inbox.next('error')).code).toBe('not-ready');
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an unknown type', { type: 'explode' }],
    ['a load with 0 cores', { type: 'load', scenario: { ...scenario, settings: { cores: 0, seed: 1 } } }],
    ['a load with 300 cores', { type: 'load', scenario: { ...scenario, settings: { cores: 300, seed: 1 } } }],
    ['a step of -1', { type: 'step', count: -1 }],
    ['an extra field', { type: 'play', now: true }],
  ])('answers %s with a bad-message error and keeps running', async (_name, bad) => {
    const c = connect();
    await ready(c);
    const from = c.inbox.all.length;
    c.send(bad);
    const err = await c.inbox.next('error', from);
    expect(err.code).toBe('bad-message');
    expect(err.message).toMatch(/^malformed message/);
    c.send({ type: 'step', count: 1 });
    const frame = await c.inbox.next('frame', from);
    expect(frame.events).toHaveLength(1);
  });

  it('loads a scenario with as many Ps as cores, main on P0 at time 0', async () => {
    const loaded = await ready(connect());
    expect(loaded.view.ps).toHaveLength(4);
    expect(loaded.view.t).toBe(0);
    expect(loaded.view.gs.find((g) => g.id === 1)?.loc).toBe('running(P0)');
    expect(loaded.modelName).toMatch(/M:P:N/);
  });

  it('steps exactly the number of events asked for', async () => {
    const c = connect();
    await ready(c);
    const loaded = c.inbox.ofType('loaded')[0]!;
    c.send({ type: 'step', count: 5 });
    const frame = await c.inbox.next('frame');
    const first = loaded.eventCount;
    expect(frame.events.map((e) => e.seq)).toEqual([first, first + 1, first + 2, first + 3, first + 4]);
    expect(frame.view?.seq).toBe(first + 4);
    expect(frame.playing).toBe(false);
  });

  it('plays against the wall clock until the program ends', async () => {
    const c = connect();
    await ready(c);
    c.send({ type: 'setSpeed', speed: 100 });
    c.send({ type: 'play' });
    await new Promise((r) => setTimeout(r, 20));
    c.clock.advance(16);
    const first = await c.inbox.next('frame');
    expect(first.playing).toBe(true);
    expect(first.t).toBeGreaterThan(0);
    for (let i = 0; i < 2000 && c.inbox.ofType('ended').length === 0; i++) {
      c.clock.advance(16);
      await new Promise((r) => setImmediate(r));
    }
    const ended = await c.inbox.next('ended', 0);
    expect(ended.exit.code).toBe(0);
    expect(c.inbox.ofType('output').flatMap((o) => o.chunks.map((ch) => ch.text))).toEqual(['done\n']);
    const seqs = c.inbox.ofType('frame').flatMap((f) => f.events.map((e) => e.seq));
    const boot = c.inbox.ofType('loaded')[0]!.eventCount;
    expect(seqs).toEqual(seqs.map((_, i) => boot + i));
  });

  it('sends events with the view they lead to: a frame without a view has none, and none is lost', async () => {
    /** A wall clock that a view's build moves on by 100 ms: every view looks costly, so views are paced. */
    class SlowViewClock extends ManualClock {
      spent = 0;
      override now(): number {
        return super.now() + this.spent;
      }
    }
    const clock = new SlowViewClock();
    const c = connect(clock);
    const meter = (c.host as unknown as { meter: { countView(): void } }).meter;
    const countView = meter.countView.bind(meter);
    meter.countView = () => {
      countView();
      clock.spent += 100;
    };
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({
      type: 'load',
      scenario: { title: 'busy', program: busyProgram, settings: { cores: 4, seed: 1 } },
    });
    await c.inbox.next('loaded', 0);
    c.send({ type: 'setSpeed', speed: 100 });
    c.send({ type: 'play' });
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 2000 && c.inbox.ofType('ended').length === 0; i++) {
      c.clock.advance(16);
      await new Promise((r) => setImmediate(r));
    }
    await c.inbox.next('ended', 0);
    const frames = c.inbox.ofType('frame');
    const bare = frames.filter((f) => f.view === undefined);
    expect(bare.length).toBeGreaterThan(0);
    for (const f of bare)
      expect({ events: f.events, skipped: f.skipped }).toEqual({ events: [], skipped: undefined });
    // Every event is sent once, in order, or counted as skipped (a batch above MAX_EVENTS_PER_FRAME).
    let next = c.inbox.ofType('loaded')[0]!.eventCount;
    for (const f of frames) {
      next += f.skipped ?? 0;
      expect(f.events.map((e) => e.seq)).toEqual(f.events.map((_, i) => next + i));
      next += f.events.length;
    }
    // The last view shows the last event.
    expect(frames.filter((f) => f.view).at(-1)!.view!.seq).toBe(next - 1);
  });

  it('seeks back to an exact event and continues identically', async () => {
    const c = connect();
    await ready(c);
    const boot = c.inbox.ofType('loaded')[0]!.eventCount;
    c.send({ type: 'step', count: 30 });
    const straight = await c.inbox.next('frame');
    c.send({ type: 'seek', seq: boot + 9 });
    const seeked = await c.inbox.next('frame');
    expect(seeked.snap).toBe(true);
    expect(seeked.view?.seq).toBe(boot + 9);
    c.send({ type: 'step', count: 20 });
    const again = await c.inbox.next('frame');
    expect(again.events).toEqual(straight.events.slice(10, 30));
  });
});

describe('EngineHost check (inline diagnostics)', () => {
  it('answers check with the front end diagnostics, located like go build', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({ type: 'check', requestId: 7, program: 'package main\n\nfunc main() {\n\tx := 1\n}\n' });
    const checked = await c.inbox.next('checked');
    expect(checked.requestId).toBe(7);
    expect(checked.diagnostics).toEqual([
      expect.objectContaining({
        file: 'main.go',
        line: 4,
        col: 2,
        severity: 'error',
        message: 'declared and not used: x',
      }),
    ]);
  });

  it('answers a clean program with no diagnostics', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({
      type: 'check',
      requestId: 1,
      program: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n',
    });
    expect((await c.inbox.next('checked')).diagnostics).toEqual([]);
  });
});

describe('EngineHost load errors', () => {
  it('answers a program that does not compile with located diagnostics, and keeps serving', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({
      type: 'load',
      scenario: { ...scenario, program: 'package main\n\nfunc main() {\n\tundefinedThing()\n}\n' },
    });
    const d = await c.inbox.next('diagnostics');
    expect(d.items).toEqual([
      expect.objectContaining({ file: 'main.go', line: 4, col: 2, message: 'undefined: undefinedThing' }),
    ]);
    c.send({ type: 'step', count: 1 });
    expect((await c.inbox.next('error')).code).toBe('not-ready');
  });

  it('reports a cost the engine cannot honour as a diagnostic before running', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({
      type: 'load',
      scenario: { ...scenario, settings: { cores: 2, seed: 1, cost: { noSuchCost: 5 } } },
    });
    const d = await c.inbox.next('diagnostics');
    expect(d.items[0]).toMatchObject({ file: 'settings', severity: 'error' });
    expect(d.items[0]!.message).toMatch(/noSuchCost/);
  });
});

describe('EngineHost beats', () => {
  const beats = [
    { at: { fn: 'runtime.newproc', nth: 3 }, caption: 'the third go statement', pause: true },
    { at: { fn: 'runtime.goexit0', nth: 1 }, caption: 'a worker finishes' },
  ];

  /** Plays at 100× on the manual clock until a beat arrives (at index `from` or later). */
  async function playUntil(c: ReturnType<typeof connect>, type: 'beat', from: number) {
    c.send({ type: 'setSpeed', speed: 100 });
    c.send({ type: 'play' });
    await new Promise((r) => setTimeout(r, 10));
    for (
      let i = 0;
      i < 3000 && !c.inbox.all.slice(from).some((m) => m.type === type || m.type === 'ended');
      i++
    ) {
      c.clock.advance(16);
      await new Promise((r) => setImmediate(r));
    }
    return c.inbox.next(type, from);
  }

  it('stops exactly at a pausing beat and announces it', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({ type: 'load', scenario: { ...scenario, beats } });
    await c.inbox.next('loaded', 0);
    const beat = await playUntil(c, 'beat', 0);
    expect(beat).toMatchObject({ index: 0, caption: 'the third go statement', pause: true });
    const frames = c.inbox.ofType('frame');
    const last = frames.at(-1)!;
    expect(last.playing).toBe(false);
    expect(last.view?.seq).toBe(beat.seq);
    // The first runtime.newproc is the runtime creating main at start-up (already in the loaded state),
    // so the third is main's second go statement: goroutine 7 (user goroutines start at 6).
    expect(last.events.at(-1)).toMatchObject({ fn: 'runtime.newproc', g: 7 });
    expect(frames.flatMap((f) => f.events).filter((e) => e.fn === 'runtime.newproc')).toHaveLength(2);
  });

  it('continues past a beat, reaches the next one, and finds the first again after seeking back', async () => {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    c.send({ type: 'load', scenario: { ...scenario, beats } });
    const loaded = await c.inbox.next('loaded', 0);
    const first = await playUntil(c, 'beat', 0);
    const mark = c.inbox.all.length;
    const second = await playUntil(c, 'beat', mark);
    expect(second).toMatchObject({ index: 1, pause: false });
    expect(second.seq).toBeGreaterThan(first.seq);
    const before = c.inbox.all.length;
    c.send({ type: 'seek', seq: loaded.eventCount });
    await c.inbox.next('frame', before);
    const again = await playUntil(c, 'beat', c.inbox.all.length);
    expect(again).toMatchObject({ index: 0, seq: first.seq });
  });
});

describe('EngineHost seekTime (scrub bar)', () => {
  it('shows the state after the last event at or before a virtual time, and goes forward again', async () => {
    const c = connect();
    await ready(c);
    c.send({ type: 'step', count: 40 });
    const ran = await c.inbox.next('frame');
    const mid = ran.events[20]!;
    const before = c.inbox.all.length;
    c.send({ type: 'seekTime', tNs: mid.t });
    const back = await c.inbox.next('frame', before);
    const lastAtT = ran.events.filter((e) => e.t <= mid.t).at(-1)!;
    expect(back.snap).toBe(true);
    expect(back.view?.seq).toBe(lastAtT.seq);
    const again = c.inbox.all.length;
    c.send({ type: 'seekTime', tNs: ran.events.at(-1)!.t });
    expect((await c.inbox.next('frame', again)).view?.seq).toBe(ran.events.at(-1)!.seq);
  });
});

describe('EngineHost frames', () => {
  it('leave out the view when nothing moved since the last one, and carry it again once events arrive', async () => {
    const c = connect();
    await ready(c);
    c.send({ type: 'pause' });
    const still = await c.inbox.next('frame');
    expect(still.events).toEqual([]);
    expect(still.view).toBeUndefined();
    c.send({ type: 'step', count: 1 });
    const moved = await c.inbox.next('frame', c.inbox.all.length);
    expect(moved.view?.seq).toBe(moved.events[0]!.seq);
  });
});

describe('EngineHost playback ticks are bounded (issue 10, item 5)', () => {
  /** Plays the crowd at 100×, statements costing 1 ns: a 16 ms tick (16 µs of Go time) holds far more events than a tick may run. */
  async function playCrowd(): Promise<{ c: ReturnType<typeof connect>; loadedCount: number }> {
    const c = connect();
    c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await c.inbox.next('hello', 0);
    const cost = { goStatementNs: 1, statementStepNs: 1, contextSwitchNs: 1, chanOpNs: 1, syncOpNs: 1 };
    c.send({
      type: 'load',
      scenario: { title: 'crowd', program: crowdProgram, settings: { cores: 4, seed: 1, cost } },
    });
    const loaded = await c.inbox.next('loaded', 0);
    c.send({ type: 'setSpeed', speed: 100 });
    c.send({ type: 'play' });
    await new Promise((r) => setTimeout(r, 20));
    return { c, loadedCount: loaded.eventCount };
  }

  it('a tick simulates at most MAX_EVENTS_PER_TICK events; when the engine is behind, the playhead waits at the last event', async () => {
    const { c, loadedCount } = await playCrowd();
    let count = loadedCount;
    let capped = 0;
    for (let tick = 0; tick < 12; tick++) {
      const from = c.inbox.all.length;
      c.clock.advance(16);
      const frame = await c.inbox.next('frame', from);
      const ran = frame.eventCount - count;
      count = frame.eventCount;
      // An action is never cut (runqputslow moving half a full run queue to the global one records 129 events), so a tick
      // may pass the budget by the rest of one action.
      expect(ran).toBeLessThanOrEqual(MAX_EVENTS_PER_TICK + 512);
      // Events ride with views, and a trimmed view goes at most every TRIMMED_VIEW_MIN_MS: check the frames with one.
      if (ran >= MAX_EVENTS_PER_TICK && frame.view !== undefined) {
        capped++;
        expect(frame.t).toBe(frame.events.at(-1)?.t);
      }
    }
    expect(capped).toBeGreaterThan(0);
  }, 60_000);

  it('while playing, a trimmed view goes at most every TRIMMED_VIEW_MIN_MS (the renderer takes each one in)', async () => {
    const { c } = await playCrowd();
    const viewAtMs: number[] = [];
    for (let tick = 1; tick <= 20; tick++) {
      const from = c.inbox.all.length;
      c.clock.advance(16);
      const frame = await c.inbox.next('frame', from);
      if (frame.view?.trimmed !== undefined) viewAtMs.push(tick * 16);
    }
    expect(viewAtMs.length).toBeGreaterThan(1);
    for (let i = 1; i < viewAtMs.length; i++)
      expect(viewAtMs[i]! - viewAtMs[i - 1]!).toBeGreaterThanOrEqual(TRIMMED_VIEW_MIN_MS);
  }, 60_000);
});

describe('a historical model running a program that never produces scheduler events', () => {
  it.each(['os-threads', 'n-to-1', 'thread-pool'])(
    'under %s, a step of `for {}` answers with events whose time moves on by time slices (the slice renewals)',
    async (model) => {
      const c = connect();
      c.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
      await c.inbox.next('hello', 0);
      const spin = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';
      c.send({
        type: 'load',
        scenario: { title: 'spin', program: spin, settings: { cores: 1, seed: 1, model } },
      });
      await c.inbox.next('loaded', 0);
      const from = c.inbox.all.length;
      c.send({ type: 'step', count: 20 });
      const frame = await c.inbox.next('frame', from);
      expect(frame.events).toHaveLength(20);
      const last = frame.events[frame.events.length - 1]!;
      expect(last.reason).toMatch(/^time slice renewed/);
      expect(last.t).toBeGreaterThanOrEqual(10 * 4_000_000);
      expect(frame.view?.t).toBe(last.t);
    },
  );
});
