import type { GraphicsContext } from 'pixi.js';

/** What {@link SharedContexts} needs of a context: something it can build once and destroy when unused. */
export interface Destroyable {
  destroy(): void;
}

/**
 * Geometry built once per look and shared by every shape that looks the same (Pixi `GraphicsContext`s: a
 * token disc of one status and radius, a highlight ring of one kind and size). A shape that changes look swaps
 * its context instead of clearing and re-tessellating its own, so a busy frame re-tessellates nothing: at
 * 100 000 goroutines tokens change status and highlights fade every frame.
 *
 * @remarks Contexts are counted by their users; one nobody uses is kept (it is likely wanted again soon) until
 * more than `idleMax` are unused, then the longest unused is destroyed (its GPU buffers are freed with it).
 */
export class SharedContexts<C extends Destroyable = GraphicsContext> {
  private readonly entries = new Map<string, { context: C; users: number }>();
  /** Keys of unused contexts, longest unused first. */
  private readonly idle = new Set<string>();
  /** Contexts built so far (a test reads it: one per look, however many shapes use it). */
  built = 0;

  constructor(private readonly idleMax = 64) {}

  /** The context for `key` (built with `build` the first time), counted as used once more. */
  acquire(key: string, build: () => C): C {
    let e = this.entries.get(key);
    if (!e) {
      e = { context: build(), users: 0 };
      this.built++;
      this.entries.set(key, e);
    }
    if (e.users++ === 0) this.idle.delete(key);
    return e.context;
  }

  /** One user of `key` is done with it. */
  release(key: string): void {
    const e = this.entries.get(key);
    if (!e || e.users === 0) return;
    if (--e.users > 0) return;
    this.idle.add(key);
    for (const k of this.idle) {
      if (this.idle.size <= this.idleMax) break;
      this.idle.delete(k);
      this.entries.get(k)?.context.destroy();
      this.entries.delete(k);
    }
  }

  /** Contexts held (used or idle). */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * A shape's hold on one shared context at a time: {@link use} swaps to the context of a look (built once by
 * `build`), releasing the previous one.
 */
export class SharedLook<C extends Destroyable = GraphicsContext> {
  private key: string | undefined;

  constructor(private readonly shared: SharedContexts<C>) {}

  /** The context for `key`; the same key again costs nothing and returns undefined (nothing to swap). */
  use(key: string, build: () => C): C | undefined {
    if (key === this.key) return undefined;
    const context = this.shared.acquire(key, build);
    // Released after the new one is held, so that the old one, which the shape still shows until the caller
    // swaps, is never destroyed under it.
    const old = this.key;
    this.key = key;
    if (old !== undefined) this.shared.release(old);
    return context;
  }

  /** Lets go of the current context (the shape is going away). */
  drop(): void {
    if (this.key !== undefined) this.shared.release(this.key);
    this.key = undefined;
  }
}
