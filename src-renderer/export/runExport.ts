import type { WorldView } from '../../src-engine/sim/WorldView';
import type { Compositor } from './compose';
import { PlanFeeder } from './frameFeed';
import { frameAt, type FrameAt, type FramePlan } from './plan';
import type { Exporter, FrameSource } from './types';

/** Where an export stands, for the progress bar. */
export interface ExportProgress {
  readonly framesDone: number;
  readonly framesTotal: number;
  readonly elapsedMs: number;
  /** Estimated wall time left, ms; undefined until a few frames have been made. */
  readonly etaMs: number | undefined;
}

/** Everything one export run needs. */
export interface ExportJob {
  readonly plan: FramePlan;
  readonly source: FrameSource;
  readonly compositor: Compositor;
  readonly exporter: Exporter;
  /** The state at a virtual time, for the program panel (undefined: no panel data). */
  readonly viewAt?: (virtualNs: number) => WorldView | undefined;
  readonly signal: AbortSignal;
  readonly onProgress?: (p: ExportProgress) => void;
  /** Wall clock for progress only (elapsed, ETA), never for what a frame shows. */
  readonly wallMs?: () => number;
  /** Called after frame `f` is drawn, before it is composed (the tests' probe of what the stage drew). */
  readonly onFrame?: (f: FrameAt, source: FrameSource) => void;
  /** Filled with the wall time spent per phase, ms (the benchmark's breakdown). */
  readonly phases?: ExportPhases;
}

/** Wall time per phase of an export, ms. */
export interface ExportPhases {
  renderMs: number;
  composeMs: number;
  encodeMs: number;
  /** Frames whose pixels repeated the previous frame's (nothing drawn for them). */
  repeatedFrames?: number;
}

/** Main-thread time spent before giving the event loop a turn, ms: keeps input and painting responsive. */
const SLICE_MS = 25;

/** Gives the event loop a turn (a macrotask, so input and rendering run). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** Thrown when the export's signal aborts while a frame is in flight. */
class Canceled extends Error {}

/**
 * Resolves as `p` does, or rejects with {@link Canceled} as soon as `signal` aborts: a cancel does not wait for
 * the frame in flight (a render or an encode can take a good part of a second on a loaded machine).
 */
function unlessAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Canceled());
  p.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Canceled());
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * The export driver: steps virtual time frame by frame through the plan (as fast as the encoder takes frames),
 * draws each frame from the stage at exactly that time, hands it to the exporter and awaits its backpressure.
 * Resolves with how it ended; a cancel (the signal) is seen between any two frames, and the exporter then
 * removes what it wrote. An error is rethrown after the exporter has cleaned up.
 */
export async function runExport(job: ExportJob): Promise<'finished' | 'canceled'> {
  const { plan, source, compositor, exporter, signal } = job;
  const wall = job.wallMs ?? (() => performance.now());
  const started = wall();
  let sliceStart = started;
  const feeder = new PlanFeeder(source);
  let result: 'finished' | 'canceled' = 'finished';
  try {
    await unlessAborted(exporter.start(), signal);
    for (let k = 0; k < plan.frameCount; k++) {
      if (signal.aborted) {
        result = 'canceled';
        break;
      }
      const f = frameAt(plan, k);
      const t0 = wall();
      const stageChanged = await unlessAborted(feeder.draw(f), signal);
      job.onFrame?.(f, source);
      const t1 = wall();
      const changed = compositor.draw(
        source.canvas,
        {
          kind: f.kind,
          caption: f.caption,
          view: compositor.layout.program ? job.viewAt?.(f.virtualNs) : undefined,
        },
        stageChanged,
      );
      const t2 = wall();
      await unlessAborted(exporter.handleFrame(compositor.canvas, k, !changed), signal);
      const now = wall();
      if (job.phases) {
        job.phases.renderMs += t1 - t0;
        job.phases.composeMs += t2 - t1;
        job.phases.encodeMs += now - t2;
        if (!changed) job.phases.repeatedFrames = (job.phases.repeatedFrames ?? 0) + 1;
      }
      if (now - sliceStart > SLICE_MS) {
        const done = k + 1;
        const elapsedMs = now - started;
        job.onProgress?.({
          framesDone: done,
          framesTotal: plan.frameCount,
          elapsedMs,
          etaMs: done >= 3 ? (elapsedMs / done) * (plan.frameCount - done) : undefined,
        });
        await yieldToEventLoop();
        sliceStart = wall();
      }
    }
  } catch (err) {
    if (err instanceof Canceled) result = 'canceled';
    else {
      await exporter.stop('error').catch(() => undefined);
      throw err;
    }
  }
  await exporter.stop(result);
  if (result === 'finished')
    job.onProgress?.({
      framesDone: plan.frameCount,
      framesTotal: plan.frameCount,
      elapsedMs: wall() - started,
      etaMs: 0,
    });
  return result;
}
