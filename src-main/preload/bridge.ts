/** IPC channel names shared by main and the preload. */
export const IPC = {
  /** main → renderer: a MessagePort to the engine, and an optional notice. */
  enginePort: 'gosched:engine-port',
  /** renderer → main (invoke): what the app was launched with. */
  launchInfo: 'gosched:launch-info',
} as const;

/** The `window.postMessage` tag the preload uses to hand the engine port to the page. */
export const ENGINE_PORT_MESSAGE = 'gosched:engine-port';

/** A scenario file read at launch. */
export interface LaunchScenario {
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

/** What the app was launched with, and what went wrong with it. */
export interface LaunchInfo {
  readonly warnings: readonly string[];
  readonly scenario: LaunchScenario | undefined;
  readonly cores: number | undefined;
  readonly seed: number | undefined;
}

/**
 * The whole API the preload exposes as `window.gosched`; deliberately small. The engine port itself
 * arrives by `window.postMessage` (tag {@link ENGINE_PORT_MESSAGE}, data `{ notice }`), because a
 * MessagePort cannot cross the context bridge.
 */
export interface GoschedBridge {
  readonly kind: 'electron';
  readonly platform: string;
  launchInfo(): Promise<LaunchInfo>;
}
