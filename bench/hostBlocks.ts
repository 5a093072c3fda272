import { EngineHost } from '../src-engine/host/EngineHost';
import { engineServices } from '../src-engine/host/services';
import { crowdProgram } from '../src-engine/host/testing';
import { realClock, type WallClock } from '../src-engine/host/Pacer';
import { driveWorstMessages } from '../src-engine/host/worstMessages';
import { PROTOCOL_VERSION, type EngineToRenderer } from '../src-engine/protocol';

/**
 * The engine thread is never blocked for long (docs/limits.md §4), on the real clock in this process:
 * - `host.longestBlockMs_step1M`: the longest time one message or one slice held the host while it loaded the
 *   100 000-goroutine program and stepped 1 000 000 events (target ≤ 100; it was 15 s for 100 000 events);
 * - `host.step1MWallMs`: wall time of that whole step (it runs in slices, yielding between them);
 * - `host.refuse10MBeatsMs`: time to refuse a `load` carrying 10 000 000 beats (it was 16 s);
 * - `host.longestTurnMs_100k` / `host.longestTurnCpuMs_100k`: the longest turn of the engine thread (a message, a
 *   playback tick, a slice) through the worst messages on 100 000 goroutines (src-engine/host/worstMessages.ts),
 *   in wall ms and in CPU ms of this process (target ≤ 100); `host.longestTurnEvents_100k`: the most events one
 *   turn walked (bounded by MAX_EVENTS_PER_TURN).
 * Wall-clock figures: on a shared machine a slice is stretched by whatever else runs.
 */
export async function benchHostBlocks(): Promise<Record<string, number>> {
  const host = new EngineHost(engineServices);
  let deliver: (d: unknown) => void = () => {};
  let waiting: { type: string; resolve: (m: EngineToRenderer) => void } | undefined;
  host.attach({
    post: (m) => {
      const msg = m as EngineToRenderer;
      if (waiting && msg.type === waiting.type) waiting.resolve(msg);
    },
    listen: (on) => (deliver = on),
    close: () => {},
  });
  const request = (msg: unknown, type: EngineToRenderer['type']) =>
    new Promise<EngineToRenderer>((resolve) => {
      waiting = { type, resolve };
      deliver(msg);
    });
  await request({ type: 'hello', protocolVersion: PROTOCOL_VERSION }, 'hello');
  await request(
    { type: 'load', scenario: { title: 'crowd', program: crowdProgram, settings: { cores: 4, seed: 1 } } },
    'loaded',
  );
  const t0 = performance.now();
  await request({ type: 'step', count: 1_000_000 }, 'frame');
  const stepMs = performance.now() - t0;
  const longest = host.longestBlockMs;
  const beat = { at: { seq: 1 }, caption: 'x' };
  const beats = new Array<typeof beat>(10_000_000).fill(beat);
  const t1 = performance.now();
  await request(
    {
      type: 'load',
      scenario: {
        title: 'b',
        program: 'package main\n\nfunc main() {}\n',
        settings: { cores: 1, seed: 1 },
        beats,
      },
    },
    'error',
  );
  const refuseMs = performance.now() - t1;
  const r = (x: number) => Math.round(x * 10) / 10;
  const wall = (await driveWorstMessages()).host.largestTurn;
  const cpu = (await driveWorstMessages(cpuClock)).host.largestTurn;
  process.stderr.write(
    `bench: longest turn ${r(wall.maxMs)} ms (${wall.longest}), ${r(cpu.maxMs)} ms CPU (${cpu.longest})\n`,
  );
  return {
    'host.longestTurnMs_100k': r(wall.maxMs),
    'host.longestTurnCpuMs_100k': r(cpu.maxMs),
    'host.longestTurnEvents_100k': Math.max(wall.maxEvents, cpu.maxEvents),
    'host.longestBlockMs_step1M': r(longest),
    'host.step1MWallMs': Math.round(stepMs),
    'host.refuse10MBeatsMs': r(refuseMs),
  };
}

/** The real clock, except that `now` reads this process's CPU time (what the host did, not what the machine let it). */
const cpuClock: WallClock = {
  ...realClock,
  now: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};
