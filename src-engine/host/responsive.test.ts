import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type ScenarioInput } from '../protocol';
import { EngineHost } from './EngineHost';
import { fromNodePort } from './PortLike';
import { engineServices } from './services';
import { realClock, type WallClock } from './Pacer';
import { SLICE_MS } from './SlicedJob';
import { crowdProgram, Inbox } from './testing';

const crowd: ScenarioInput = { title: 'crowd', program: crowdProgram, settings: { cores: 4, seed: 1 } };

const opened: MessagePort[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

/**
 * The real clock, except that `now` reads this process's CPU time: slices are then cut, and blocks measured, by
 * the work the host does, not by how long a loaded machine (here often 10 processes per core) left it waiting.
 */
const cpuClock: WallClock = {
  ...realClock,
  now: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};

/** A host over a real worker_threads channel. */
async function connect(clock: WallClock = realClock) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  const host = new EngineHost(engineServices, clock);
  host.attach(fromNodePort(port1));
  const inbox = new Inbox();
  port2.on('message', (m) => inbox.push(m));
  const send = (m: unknown) => port2.postMessage(m);
  send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  await inbox.next('hello', 0);
  return { host, inbox, send };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the engine thread is never blocked for long (issue 10, item 5)', () => {
  it('a step of 1 000 000 events on a 100 000-goroutine run works in slices: checks are answered meanwhile, pause stops it', async () => {
    const c = await connect(cpuClock);
    c.send({ type: 'load', scenario: crowd });
    await c.inbox.next('loaded', 0);
    const from = c.inbox.all.length;
    c.send({ type: 'step', count: 1_000_000 });
    for (let i = 0; i < 5; i++) {
      await sleep(10);
      c.send({ type: 'check', requestId: i, program: 'package main\n\nfunc main() {}\n' });
      await c.inbox.next('checked', c.inbox.all.length);
    }
    // Five checks were answered while the step was still running: no frame yet.
    expect(c.inbox.all.slice(from).filter((m) => m.type === 'frame')).toHaveLength(0);
    c.send({ type: 'pause' });
    const frame = await c.inbox.next('frame', from);
    expect(frame.eventCount).toBeGreaterThan(1);
    expect(frame.eventCount).toBeLessThan(1_000_000);
    expect(frame.playing).toBe(false);
    // Slices take SLICE_MS of work; the whole step would take seconds of it.
    expect(c.host.longestBlockMs).toBeLessThan(Math.max(100, 6 * SLICE_MS));
  }, 60_000);

  it('a step that finishes sends its frame with every event counted', async () => {
    const c = await connect();
    c.send({ type: 'load', scenario: crowd });
    const loaded = await c.inbox.next('loaded', 0);
    c.send({ type: 'step', count: 20_000 });
    const frame = await c.inbox.next('frame', 0);
    expect(frame.eventCount).toBe(loaded.eventCount + 20_000);
    expect(frame.view?.seq).toBe(frame.eventCount - 1);
  }, 60_000);

  it('a load with 10 000 000 beats is refused before anything walks them', async () => {
    const c = await connect();
    const beat = { at: { event: 'g.create' }, caption: 'x' };
    const beats = new Array<typeof beat>(10_000_000).fill(beat);
    // Straight to the host's listener (no structured clone of 10 M items in the test itself).
    const started = performance.now();
    (c.host as unknown as { receive(d: unknown): void }).receive({
      type: 'load',
      scenario: { ...crowd, beats },
    });
    const tookMs = performance.now() - started;
    const err = await c.inbox.next('error', 0);
    expect(err.code).toBe('bad-message');
    expect(err.message).toMatch(/scenario\.beats: 10000000 items, more than the 1000 allowed/);
    expect(tookMs).toBeLessThan(100);
  });
});

describe('a run out of memory in the app (issue 10, item 4)', () => {
  it('ends like Go: the renderer gets the output and the end, and the host goes on serving', async () => {
    const c = await connect();
    const program =
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("start")\n\tc := make(chan int, 1<<30)\n\tfor i := 0; ; i++ {\n\t\tc <- i\n\t}\n}\n';
    c.send({ type: 'load', scenario: { title: 'oom', program, settings: { cores: 2, seed: 1 } } });
    await c.inbox.next('loaded', 0);
    c.send({ type: 'step', count: 1_000 });
    const ended = await c.inbox.next('ended', 0);
    expect(ended.exit.code).toBe(2);
    expect(ended.exit.reason).toMatch(/^fatal error: out of memory \(the run's memory budget is 1024 MiB/);
    const text = c.inbox
      .ofType('output')
      .flatMap((o) => o.chunks)
      .map((k) => `${k.stream}:${k.text}`)
      .join('');
    expect(text).toBe('stdout:start\nstderr:fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n');
    expect(c.inbox.ofType('error')).toHaveLength(0);
    c.send({ type: 'check', requestId: 7, program: 'package main\n\nfunc main() {}\n' });
    expect((await c.inbox.next('checked', 0)).requestId).toBe(7);
  });
});
