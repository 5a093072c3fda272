import { EngineHost } from './EngineHost';
import { fromElectronPort, type ElectronPortShape } from './PortLike';
import { engineServices } from './services';

/**
 * Electron utility-process entry of the engine host. Main posts a `MessagePortMain` whose other end is
 * held by the renderer; each new port (after a renderer reload) gets a fresh host.
 */
interface ParentPort {
  on(type: 'message', listener: (ev: { data: unknown; ports: ElectronPortShape[] }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (parentPort === undefined) {
  console.error('gosched engine: not started as an Electron utility process (no process.parentPort)');
  process.exit(1);
}
let host: EngineHost | undefined;
parentPort.on('message', (ev) => {
  const port = ev.ports[0];
  if (port === undefined) return;
  host?.dispose();
  host = new EngineHost(engineServices);
  host.attach(fromElectronPort(port));
});
parentPort.postMessage({ type: 'engine-ready' });
