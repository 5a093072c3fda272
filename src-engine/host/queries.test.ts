import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type InsightAnswer, type InsightQuery, type ScenarioInput } from '../protocol';
import { EngineHost } from './EngineHost';
import { fromNodePort } from './PortLike';
import { engineServices } from './services';
import { Inbox, ManualClock } from './testing';

/** Eight workers on two cores: creations, steals, a blocking syscall and a wait group. */
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
const scenario: ScenarioInput = { title: 'q', program, settings: { cores: 2, seed: 1 } };

const opened: MessagePort[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

async function loaded() {
  const { port1, port2 } = new MessageChannel();
  const clock = new ManualClock();
  const host = new EngineHost(engineServices, clock);
  host.attach(fromNodePort(port1));
  const inbox = new Inbox();
  port2.on('message', (m) => inbox.push(m));
  opened.push(port1, port2);
  const send = (m: unknown) => port2.postMessage(m);
  send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  send({ type: 'load', scenario });
  await inbox.next('loaded', 0);
  let id = 1;
  const ask = async <K extends InsightQuery['kind']>(query: Extract<InsightQuery, { kind: K }>) => {
    const requestId = id++;
    const from = inbox.all.length;
    send({ type: 'query', requestId, query });
    for (;;) {
      const a = await inbox.next('answer', from);
      if (a.requestId === requestId) return a.answer as Extract<InsightAnswer, { kind: K }>;
    }
  };
  return { send, inbox, ask, clock };
}

describe('insight queries (the renderer asks the engine for events, lanes, metrics, a goroutine)', () => {
  it('pages through explained events, filtered by goroutine, with the playhead’s rank', async () => {
    const c = await loaded();
    c.send({ type: 'step', count: 100_000 });
    const end = await c.inbox.next('ended', 0);
    void end;
    const all = await c.ask({ kind: 'events', from: 0, count: 50, filter: {} });
    expect(all.total).toBe(c.inbox.ofType('frame').at(-1)!.eventCount);
    expect(all.rows).toHaveLength(50);
    expect(all.rows[0]!.seq).toBe(0);
    expect(all.rows.every((r) => /\(runtime\.|\(sync\.|\(os\./.test(r.text))).toBe(true);
    const g3 = await c.ask({ kind: 'events', from: 0, count: 1000, filter: { g: 7 } });
    expect(g3.rows.length).toBeGreaterThan(0);
    expect(g3.rows.every((r) => r.g === 7)).toBe(true);
    expect(g3.rows.some((r) => r.text.startsWith('G7, created by G1 (main), goes to P0'))).toBe(true);
    const none = await c.ask({ kind: 'events', from: 0, count: 10, filter: { g: 424242 } });
    expect(none).toMatchObject({ total: 0, rows: [] });
    const kinds = await c.ask({ kind: 'events', from: 0, count: 1000, filter: { kinds: ['m.create'] } });
    expect(kinds.rows.every((r) => r.kind === 'm.create')).toBe(true);
    expect(all.playheadRank).toBe(all.total);
  });

  it('summarises P, M and goroutine lanes at a zoom level, with goroutine counts per column', async () => {
    const c = await loaded();
    c.send({ type: 'step', count: 100_000 });
    await c.inbox.next('ended', 0);
    const m = await c.ask({ kind: 'metrics' });
    const lanes = await c.ask({
      kind: 'lanes',
      t0Ns: 0,
      t1Ns: m.metrics.endNs,
      buckets: 100,
      gFrom: 0,
      gCount: 5,
    });
    expect(lanes.ps).toHaveLength(2);
    expect(lanes.ms.length).toBeGreaterThanOrEqual(2);
    expect(lanes.gs.map((g) => g.id)).toEqual([1, 6, 7, 8, 9]);
    expect(lanes.gTotal).toBe(9);
    for (const segs of [...lanes.ps, ...lanes.gs.map((g) => g.segs)]) {
      expect(segs.length % 6).toBe(0);
      for (let i = 6; i < segs.length; i += 6) expect(segs[i]!).toBeGreaterThanOrEqual(segs[i - 5]! - 1e-6);
    }
    expect(Math.max(...lanes.counts.running)).toBeLessThanOrEqual(2);
    expect(Math.max(...lanes.counts.running)).toBe(2);
  });

  it('computes metrics: utilisation, counts and scheduling latency', async () => {
    const c = await loaded();
    c.send({ type: 'step', count: 100_000 });
    await c.inbox.next('ended', 0);
    const { metrics } = await c.ask({ kind: 'metrics' });
    expect(metrics.perP).toHaveLength(2);
    for (const p of metrics.perP) expect(p.utilisation).toBeGreaterThan(0.5);
    expect(metrics.counts.goroutinesCreated).toBe(9);
    expect(metrics.counts.switches).toBeGreaterThanOrEqual(9);
    expect(metrics.latency.count).toBeGreaterThanOrEqual(9);
    expect(metrics.latency.p50Ns).toBeLessThanOrEqual(metrics.latency.p95Ns);
    expect(metrics.latency.p95Ns).toBeLessThanOrEqual(metrics.latency.maxNs);
  });

  it('tells a goroutine’s story, and that a goroutine never created does not exist', async () => {
    const c = await loaded();
    c.send({ type: 'step', count: 100_000 });
    await c.inbox.next('ended', 0);
    const { story } = await c.ask({ kind: 'goroutine', g: 7 });
    expect(story.exists).toBe(true);
    expect(story.created?.by).toBe(1);
    expect(story.created?.line).toBe(13);
    expect(story.history[0]!.place).toBe('runnext(P0)');
    expect(story.history.at(-1)!.state).toBe('dead');
    expect(story.runningNs).toBeGreaterThanOrEqual(40_000);
    const ghost = await c.ask({ kind: 'goroutine', g: 999 });
    expect(ghost.story.exists).toBe(false);
  });

  it('pauses on a breakpoint right after the event it matches, and names it', async () => {
    const c = await loaded();
    c.send({ type: 'setBreakpoints', breakpoints: [{ id: 'b1', enabled: true, on: { event: 'exit' } }] });
    c.send({ type: 'step', count: 100_000 });
    const hit = await c.inbox.next('breakpoint', 0);
    expect(hit.id).toBe('b1');
    expect(hit.label).toMatch(/^Breakpoint: a goroutine exits — G\d+ exits/);
    const frame = c.inbox.ofType('frame').at(-1)!;
    expect(frame.playing).toBe(false);
    expect(frame.view?.seq).toBe(hit.seq);
    const ev = await c.ask({ kind: 'events', from: hit.seq, count: 1, filter: {} });
    expect(ev.rows[0]!.text).toMatch(/exits/);
    expect(c.inbox.ofType('ended')).toHaveLength(0);
  });
});
