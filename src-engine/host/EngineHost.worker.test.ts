import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../protocol';
import { Inbox } from './testing';

describe('engine host in a real worker thread', () => {
  it('serves hello, load, step and malformed messages across threads', async () => {
    const entry = new URL('./nodeWorkerEntry.ts', import.meta.url).href;
    // The worker compiles TypeScript itself (tsx), as the built app's worker runs compiled JS.
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(boot, { eval: true });
    const failed = new Promise<never>((_, reject) => worker.on('error', reject));
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port1 }, [port1]);
    const inbox = new Inbox();
    port2.on('message', (m) => inbox.push(m));
    try {
      port2.postMessage({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
      expect((await Promise.race([inbox.next('hello', 0), failed])).protocolVersion).toBe(PROTOCOL_VERSION);
      const program = 'package main\n\nfunc main() {\n\tgo work(1000)\n\twork(5000)\n}\n';
      port2.postMessage({ type: 'load', scenario: { title: 't', program, settings: { cores: 3, seed: 2 } } });
      const loaded = await Promise.race([inbox.next('loaded', 0), inbox.next('diagnostics', 0)]);
      expect(loaded.type).toBe('loaded');
      if (loaded.type === 'loaded') expect(loaded.view.ps).toHaveLength(3);
      port2.postMessage({ type: 'step', count: 3 });
      expect((await inbox.next('frame', 0)).events).toHaveLength(3);
      port2.postMessage({ type: 'seek', seq: 'x' });
      expect((await inbox.next('error', 0)).code).toBe('bad-message');
    } finally {
      port2.close();
      await worker.terminate();
    }
  });
});
