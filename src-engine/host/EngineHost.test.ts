import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type ScenarioInput } from '../protocol';
import { EngineHost } from './EngineHost';
import { fromNodePort } from './PortLike';
import { skeletonRunFactory } from './runFactory';
import { Inbox, ManualClock } from './testing';

const scenario: ScenarioInput = {
  title: 'demo',
  program: 'package main\nfunc main() {}\n',
  settings: { cores: 4, seed: 1 },
};

/** Messages cross a real worker_threads MessageChannel (structured clone), one macrotask each way. */
function connect(clock = new ManualClock()) {
  const { port1, port2 } = new MessageChannel();
  const host = new EngineHost(skeletonRunFactory, clock);
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

  it('loads a scenario with as many Ps as cores', async () => {
    const loaded = await ready(connect());
    expect(loaded.view.ps).toHaveLength(4);
    expect(loaded.modelName).toMatch(/round-robin/);
  });

  it('steps exactly the number of events asked for', async () => {
    const c = connect();
    await ready(c);
    c.send({ type: 'step', count: 5 });
    const frame = await c.inbox.next('frame');
    expect(frame.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(frame.view.seq).toBe(4);
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
    const seqs = c.inbox.ofType('frame').flatMap((f) => f.events.map((e) => e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i));
  });

  it('seeks back to an exact event and continues identically', async () => {
    const c = connect();
    await ready(c);
    c.send({ type: 'step', count: 30 });
    const straight = await c.inbox.next('frame');
    c.send({ type: 'seek', seq: 9 });
    const seeked = await c.inbox.next('frame');
    expect(seeked.snap).toBe(true);
    expect(seeked.view.seq).toBe(9);
    c.send({ type: 'step', count: 20 });
    const again = await c.inbox.next('frame');
    expect(again.events).toEqual(straight.events.slice(10, 30));
  });
});
