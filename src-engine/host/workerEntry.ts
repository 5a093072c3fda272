/// <reference lib="webworker" />
import { EngineHost } from './EngineHost';
import { fromDomPort } from './PortLike';
import { engineServices } from './services';

/**
 * Web Worker entry of the engine host (browser build). The renderer posts one `MessagePort` as the
 * worker's first message; from then on it talks to the host over that port exactly as in Electron.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener(
  'message',
  (ev: MessageEvent) => {
    const port = ev.ports[0];
    if (port === undefined) throw new Error('engine worker: the first message must carry a MessagePort');
    new EngineHost(engineServices).attach(fromDomPort(port));
  },
  { once: true },
);
