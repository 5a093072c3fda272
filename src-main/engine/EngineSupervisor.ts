/** The engine child process as the supervisor sees it (Electron's `UtilityProcess`). */
export interface EngineChild<Port> {
  postMessage(message: unknown, transfer: Port[]): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

/** What the supervisor needs from Electron; injected so the restart policy is tested without it. */
export interface SupervisorDeps<Port> {
  fork(): EngineChild<Port>;
  createChannel(): { port1: Port; port2: Port };
  /** Hands the renderer its end of a fresh channel, with a notice when the engine was restarted. */
  deliverToRenderer(port: Port, notice: string | undefined): void;
  /** Current wall time, ms. */
  now(): number;
}

/** Restarts allowed within {@link CRASH_WINDOW_MS} before the supervisor gives up. */
export const MAX_RESTARTS = 5;
export const CRASH_WINDOW_MS = 30_000;

/**
 * Keeps one engine utility process alive and connected to the renderer. Each connection is a fresh
 * `MessageChannelMain`: one port to the engine, one to the renderer, so their traffic bypasses main.
 *
 * @remarks When the engine dies, it is forked again and the renderer gets a new port plus a notice; the
 * renderer then says hello again and reloads its current scenario. A crash loop (more than
 * {@link MAX_RESTARTS} in {@link CRASH_WINDOW_MS}) stops the restarts and says so, instead of spinning.
 */
export class EngineSupervisor<Port> {
  private child: EngineChild<Port> | undefined;
  private stopping = false;
  private crashes: number[] = [];

  constructor(private readonly deps: SupervisorDeps<Port>) {}

  /** Forks the engine (if needed) and connects the renderer to it. Call again when the renderer reloads. */
  connectRenderer(notice?: string): void {
    if (this.child === undefined) this.spawn();
    const { port1, port2 } = this.deps.createChannel();
    this.child!.postMessage({ type: 'connect' }, [port1]);
    this.deps.deliverToRenderer(port2, notice);
  }

  /** Ends the engine for good (app quit). */
  stop(): void {
    this.stopping = true;
    this.child?.kill();
    this.child = undefined;
  }

  /** Restarts the engine that died, or gives up on a crash loop. */
  private spawn(): void {
    const child = this.deps.fork();
    this.child = child;
    child.onExit((code) => {
      if (this.stopping || this.child !== child) return;
      this.child = undefined;
      const now = this.deps.now();
      this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
      if (this.crashes.length > MAX_RESTARTS) {
        const { port2 } = this.deps.createChannel();
        this.deps.deliverToRenderer(
          port2,
          `The simulation engine stopped ${this.crashes.length} times in ${CRASH_WINDOW_MS / 1000} s (last exit code ${code}); it will not be restarted. Save your work and restart GoSched Studio.`,
        );
        return;
      }
      this.connectRenderer(
        `The simulation engine stopped unexpectedly (exit code ${code}) and was restarted; your scenario was reloaded.`,
      );
    });
  }
}
