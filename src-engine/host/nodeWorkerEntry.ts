import { parentPort } from 'node:worker_threads';
import { EngineHost } from './EngineHost';
import { fromNodePort, type NodePortShape } from './PortLike';
import { engineServices } from './services';

/**
 * Node `worker_threads` entry of the engine host: the same shape as the Electron utility process (a
 * parent hands over one port), used by the tests and the command line to run the real host off-thread.
 */
if (parentPort === null) throw new Error('nodeWorkerEntry must run in a worker thread');
parentPort.once('message', (msg: { port?: NodePortShape }) => {
  if (msg.port === undefined) throw new Error('engine worker: the first message must carry { port }');
  new EngineHost(engineServices).attach(fromNodePort(msg.port));
});
