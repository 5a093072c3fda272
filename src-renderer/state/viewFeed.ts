import type { SchedEvent } from '../../src-engine/sim/events';
import type { WorldView } from '../../src-engine/sim/WorldView';

/** One engine state as the renderer's panels receive it. */
export interface ViewUpdate {
  readonly view: WorldView;
  /** True when the state was reached by a jump (load, seek, or replay to a late subscriber): no motion. */
  readonly snap: boolean;
  /** The scheduler events between the previous state and this one (empty on a snap or a replay). */
  readonly events: readonly SchedEvent[];
  /** The engine's playhead when the state was sent, virtual ns. */
  readonly playheadNs: number;
  readonly playing: boolean;
  /** Playback speed, a multiple of `BASE_NS_PER_WALL_SECOND`. */
  readonly speed: number;
}

/** A view subscriber. */
export type ViewListener = (update: ViewUpdate) => void;

/**
 * The latest engine view, fanned out to any number of subscribers (the stage, each comparison pane, the
 * event list, the timeline). A subscriber that arrives late — a stage whose Pixi start took a while, a
 * panel opened mid-run — gets the latest view at once, as a snap, so that nothing waits for the next frame.
 *
 * @remarks Deliberately not reactive state: views arrive up to 60 times a second and a fast run must not
 * re-render Svelte components on each one. A listener that throws does not stop the others.
 */
export class ViewFeed {
  private readonly listeners = new Set<ViewListener>();
  private last: ViewUpdate | undefined;

  /** The latest update, if any has arrived. */
  get latest(): ViewUpdate | undefined {
    return this.last;
  }

  /** Number of current subscribers. */
  get size(): number {
    return this.listeners.size;
  }

  /**
   * Calls `listener` for every view from now on, and at once with the latest one (as a snap, with no
   * events) when there is one. Returns the function that unsubscribes it.
   */
  subscribe(listener: ViewListener): () => void {
    // Wrapped so that the same function subscribed twice is two subscriptions, each removable once.
    const entry: ViewListener = (u) => listener(u);
    this.listeners.add(entry);
    if (this.last !== undefined) call(entry, { ...this.last, snap: true, events: [] });
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Delivers a new engine state to every subscriber and keeps it for later ones. */
  publish(update: ViewUpdate): void {
    this.last = update;
    for (const l of [...this.listeners]) if (this.listeners.has(l)) call(l, update);
  }
}

function call(listener: ViewListener, update: ViewUpdate): void {
  try {
    listener(update);
  } catch (err) {
    // One broken panel must not blank the stage: report it and carry on.
    console.error('A view subscriber failed:', err);
  }
}
