import type { EngineToRenderer, RendererToEngine } from '../../src-engine/protocol';
import { ENGINE_PORT_MESSAGE } from '../../src-main/preload/bridge';

/** A live connection to the engine host. */
export interface EngineConnection {
  send(msg: RendererToEngine): void;
  /** Registers the single listener for what the engine sends. */
  listen(listener: (msg: EngineToRenderer) => void): void;
  close(): void;
}

/** Called for each new connection (the first, and after every engine restart), with a notice if any. */
export type OnConnect = (conn: EngineConnection, notice: string | undefined) => void;

/** Worker restarts allowed before the browser build gives up (mirrors main's crash-loop guard). */
const MAX_WORKER_RESTARTS = 5;

function wrap(port: MessagePort): EngineConnection {
  return {
    send: (m) => port.postMessage(m),
    listen: (listener) => {
      port.onmessage = (ev: MessageEvent<EngineToRenderer>) => listener(ev.data);
    },
    close: () => port.close(),
  };
}

/**
 * Connects to the engine: in the desktop app, through the port main hands over (via the preload's
 * postMessage); in the browser build, by starting the engine host in a Web Worker. A worker that dies is
 * started again, as main restarts a dead utility process.
 */
export function connectEngine(onConnect: OnConnect): void {
  if (window.gosched?.kind === 'electron') {
    window.addEventListener('message', (ev: MessageEvent<{ type?: string; notice?: string }>) => {
      if (ev.source !== window || ev.data?.type !== ENGINE_PORT_MESSAGE) return;
      const port = ev.ports[0];
      if (port !== undefined) onConnect(wrap(port), ev.data.notice);
    });
    return;
  }
  startWorker(onConnect, undefined, 0);
}

function startWorker(onConnect: OnConnect, notice: string | undefined, restarts: number): void {
  const worker = new Worker(new URL('../../src-engine/host/workerEntry.ts', import.meta.url), {
    type: 'module',
    name: 'gosched-engine',
  });
  const channel = new MessageChannel();
  worker.postMessage(null, [channel.port2]);
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    worker.terminate();
    channel.port1.close();
    const why = ev.message || 'worker error';
    if (restarts >= MAX_WORKER_RESTARTS) {
      onConnect(
        wrap(new MessageChannel().port1),
        `The simulation engine keeps stopping (${why}); reload the page.`,
      );
      return;
    }
    startWorker(
      onConnect,
      `The simulation engine stopped unexpectedly (${why}) and was restarted; your scenario was reloaded.`,
      restarts + 1,
    );
  });
  onConnect(wrap(channel.port1), notice);
}
