/**
 * The worst messages a renderer can send a 100 000-goroutine run, sent over a real worker_threads channel with a
 * heartbeat (a `check` every few ms) between them: play at the fastest speed, a step of 1 000 000 events past a
 * breakpoint that never matches, seeks to the start and the end, the largest queries, a `load` of 10 000 000 beats
 * and a lesson with 1 000 beats. The responsiveness test (worstMessages.test.ts) and the bench
 * (`npm run bench -- host`) drive it; each reads the host's turn figures afterwards.
 */
import { MessageChannel } from 'node:worker_threads';
import { PROTOCOL_VERSION, type EngineToRenderer, type InsightAnswer, type ScenarioInput } from '../protocol';
import { EngineHost } from './EngineHost';
import type { WallClock } from './Pacer';
import { fromNodePort } from './PortLike';
import { engineServices } from './services';
import { crowdProgram, Inbox } from './testing';

export const crowdScenario: ScenarioInput = {
  title: 'crowd',
  program: crowdProgram,
  settings: { cores: 4, seed: 1 },
};
const CHECK = 'package main\n\nfunc main() {}\n';
/** Ms between two heartbeats. */
const HEARTBEAT_MS = 5;

type Msg<T extends EngineToRenderer['type']> = Extract<EngineToRenderer, { type: T }>;

/** What the sequence saw, for the test to check. */
export interface WorstRun {
  readonly host: EngineHost;
  readonly paused: Msg<'frame'>;
  readonly stepped: Msg<'frame'>;
  /** Heartbeats answered while the 1 000 000-event step ran. */
  readonly heartbeatsDuringStep: number;
  readonly seekEnd: Msg<'frame'>;
  readonly seekTimeEnd: Msg<'frame'>;
  readonly answers: readonly InsightAnswer[];
  readonly refused: Msg<'error'>;
  readonly farBeat: Msg<'beat'>;
}

/** Runs the sequence on a new host (with `clock`), then closes the channel. */
export async function driveWorstMessages(clock?: WallClock): Promise<WorstRun> {
  const { port1, port2 } = new MessageChannel();
  const host = new EngineHost(engineServices, clock);
  host.attach(fromNodePort(port1));
  const inbox = new Inbox();
  port2.on('message', (m: EngineToRenderer) => inbox.push(m));
  const send = (m: unknown) => port2.postMessage(m);
  let beat = 0;
  /** Sends heartbeats until a message of `type` (at `from` or later, and matching `ok`) arrives. */
  const until = async <T extends EngineToRenderer['type']>(
    type: T,
    ok: (m: Msg<T>) => boolean = () => true,
    from = inbox.all.length,
  ): Promise<{ msg: Msg<T>; heartbeats: number }> => {
    const answered = inbox.ofType('checked').length;
    for (;;) {
      const found = inbox.all.slice(from).find((m): m is Msg<T> => m.type === type && ok(m as Msg<T>));
      if (found) return { msg: found, heartbeats: inbox.ofType('checked').length - answered };
      send({ type: 'check', requestId: beat++, program: CHECK });
      await new Promise((r) => setTimeout(r, HEARTBEAT_MS));
    }
  };
  const stopped = () => until('frame', (f) => !f.playing).then((r) => r.msg);
  const ask = async (query: unknown): Promise<InsightAnswer> => {
    const requestId = 1_000_000 + inbox.all.length;
    send({ type: 'query', requestId, query });
    return (await until('answer', (a) => a.requestId === requestId)).msg.answer;
  };
  try {
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    await until('hello');
    send({ type: 'load', scenario: crowdScenario });
    await until('loaded');

    // Play at the fastest speed from the start: the ticks simulate the crowd.
    send({ type: 'setSpeed', speed: 100 });
    send({ type: 'play' });
    for (let frames = 0; frames < 20; frames++) await until('frame');
    send({ type: 'pause' });
    const paused = await stopped();

    // A breakpoint that never matches, then a step of the most events the protocol allows.
    send({ type: 'setBreakpoints', breakpoints: [{ id: 'never', enabled: true, on: { g: 9_999_999 } }] });
    send({ type: 'step', count: 1_000_000 });
    const step = await until('frame');
    const end = step.msg.eventCount - 1;

    // Seeks: the start, the end (a view rebuilt from a keyframe), the last time.
    send({ type: 'seek', seq: -1 });
    await until('frame');
    send({ type: 'seek', seq: end - 1 });
    const seekEnd = (await until('frame')).msg;
    send({ type: 'seekTime', tNs: Number.MAX_SAFE_INTEGER });
    const seekTimeEnd = (await until('frame')).msg;

    // Play again from halfway, over recorded events, at the fastest speed.
    send({ type: 'seek', seq: end >> 1 });
    await until('frame');
    send({ type: 'play' });
    for (let frames = 0; frames < 5; frames++) await until('frame');
    send({ type: 'pause' });
    await stopped();

    // The largest queries the protocol allows.
    const answers = [
      await ask({ kind: 'events', from: 0, count: 1_000, filter: { kinds: ['g.move'] } }),
      await ask({ kind: 'lanes', t0Ns: 0, t1Ns: 1e12, buckets: 4_000, gFrom: 0, gCount: 400 }),
      await ask({ kind: 'metrics' }),
      await ask({ kind: 'goroutine', g: 50_000 }),
    ];

    // 10 000 000 beats: refused before anything walks them.
    const many = { at: { seq: 1 }, caption: 'x' };
    send({ type: 'load', scenario: { ...crowdScenario, beats: new Array(10_000_000).fill(many) } });
    const refused = (await until('error')).msg;

    // A lesson with the most beats allowed: 999 that never fire and one that pauses far into the run; then a
    // seek back, which rescans the beats from the nearest checkpoint.
    const beats = [
      ...Array.from({ length: 999 }, () => ({ at: { fn: 'runtime.nothing', nth: 1 }, caption: 'never' })),
      { at: { seq: 600_000 }, caption: 'far', pause: true },
    ];
    send({ type: 'load', scenario: { ...crowdScenario, beats } });
    await until('loaded');
    send({ type: 'step', count: 1_000_000 });
    const farBeat = (await until('beat')).msg;
    send({ type: 'seek', seq: 599_000 });
    await until('frame');
    return {
      host,
      paused,
      stepped: step.msg,
      heartbeatsDuringStep: step.heartbeats,
      seekEnd,
      seekTimeEnd,
      answers,
      refused,
      farBeat,
    };
  } finally {
    host.dispose();
    port2.close();
  }
}
