import { MessageChannel } from 'node:worker_threads';
import { PROTOCOL_VERSION, type EngineToRenderer } from '../src-engine/protocol';
import { EngineHost } from '../src-engine/host/EngineHost';
import { fromNodePort } from '../src-engine/host/PortLike';
import { engineServices } from '../src-engine/host/services';

/** Sixteen workers on eight cores: enough events for twenty steps per load. */
const PROGRAM = `package main

import (
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tfor i := 0; i < 16; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\twork(20 * time.Microsecond)
\t\t}()
\t}
\twg.Wait()
}
`;

/**
 * Round trip of the protocol over a real worker_threads channel: how long a `step` of one event takes
 * from request to frame (`host.stepRoundTripMsP50`), which bounds how responsive Step feels.
 */
export async function benchHost(): Promise<Record<string, number>> {
  const { port1, port2 } = new MessageChannel();
  new EngineHost(engineServices).attach(fromNodePort(port1));
  let pending:
    { type: string; resolve: (m: EngineToRenderer) => void; reject: (e: Error) => void } | undefined;
  port2.on('message', (m: EngineToRenderer) => {
    if (!pending) return;
    if (m.type === pending.type) pending.resolve(m);
    else if (m.type === 'error' || m.type === 'diagnostics')
      pending.reject(new Error(`engine answered ${JSON.stringify(m)}`));
  });
  const request = (msg: unknown, type: EngineToRenderer['type']) =>
    new Promise<EngineToRenderer>((resolve, reject) => {
      pending = { type, resolve, reject };
      port2.postMessage(msg);
    });
  try {
    await request({ type: 'hello', protocolVersion: PROTOCOL_VERSION }, 'hello');
    const samples: number[] = [];
    for (let round = 0; round < 50; round++) {
      await request(
        { type: 'load', scenario: { title: 'b', program: PROGRAM, settings: { cores: 8, seed: round } } },
        'loaded',
      );
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await request({ type: 'step', count: 1 }, 'frame');
        samples.push(performance.now() - t0);
      }
    }
    samples.sort((a, b) => a - b);
    return { 'host.stepRoundTripMsP50': round3(samples[Math.floor(samples.length / 2)]!) };
  } finally {
    port2.close();
    port1.close();
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
