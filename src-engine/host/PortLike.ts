/**
 * The one thing the host needs from a message port. Adapters wrap the three kinds it meets: the DOM
 * `MessagePort` (Web Worker, renderer), Node's `worker_threads` port (tests) and Electron's
 * `MessagePortMain` (utility process), whose listener signatures differ.
 */
export interface PortLike {
  post(message: unknown): void;
  /** Registers the single listener; called with the message's data. */
  listen(onMessage: (data: unknown) => void): void;
  close(): void;
}

/** Minimal shape of a DOM `MessagePort` (also what a Web Worker's global scope offers). */
export interface DomPortShape {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  start?(): void;
  close?(): void;
}

/** Wraps a DOM-style port. */
export function fromDomPort(port: DomPortShape): PortLike {
  return {
    post: (m) => port.postMessage(m),
    listen: (on) => {
      port.addEventListener('message', (ev) => on(ev.data));
      port.start?.();
    },
    close: () => port.close?.(),
  };
}

/** Minimal shape of Node's `worker_threads.MessagePort`. */
export interface NodePortShape {
  postMessage(message: unknown): void;
  on(type: 'message', listener: (data: unknown) => void): void;
  close(): void;
}

/** Wraps a Node `worker_threads` port. */
export function fromNodePort(port: NodePortShape): PortLike {
  return {
    post: (m) => port.postMessage(m),
    listen: (on) => port.on('message', on),
    close: () => port.close(),
  };
}

/** Minimal shape of Electron's `MessagePortMain`. */
export interface ElectronPortShape {
  postMessage(message: unknown): void;
  on(type: 'message', listener: (ev: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

/** Wraps an Electron `MessagePortMain`. */
export function fromElectronPort(port: ElectronPortShape): PortLike {
  return {
    post: (m) => port.postMessage(m),
    listen: (on) => {
      port.on('message', (ev) => on(ev.data));
      port.start();
    },
    close: () => port.close(),
  };
}
