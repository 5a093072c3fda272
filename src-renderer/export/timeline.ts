import type { ScenarioInput } from '../../src-engine/protocol';
import { BeatCursor } from '../../src-engine/host/BeatCursor';
import type { RunFactory } from '../../src-engine/host/EngineHost';
import { lastEventAtOrBefore } from '../../src-engine/host/timeline';
import type { ProgramExit, SchedulerRun } from '../../src-engine/sim/SchedulerRun';
import type { WorldView } from '../../src-engine/sim/WorldView';
import type { CaptionMark } from './plan';

/** Most events an export runs the program for; a run still going then is cut there (with a warning). */
export const MAX_EXPORT_EVENTS = 3_000_000;
/** Events run between two yields to the event loop while the run is prepared. */
const EVENTS_PER_SLICE = 20_000;

/** A scenario that cannot be exported, with the located diagnostics of why. */
export class TimelineError extends Error {
  override readonly name = 'TimelineError';
}

/** A beat reached in the run: its index in the scenario and the virtual time of the event that reached it. */
export interface BeatTime {
  readonly index: number;
  readonly tNs: number;
  readonly caption: string;
}

/**
 * A private run of the scenario for exporting, apart from the live session's engine so the user's playhead
 * never moves: run to its end once (the range, the beats' times and Go's exit are known before frame 0), then
 * the state at any virtual time by exact seeks.
 */
export class ExportTimeline {
  private constructor(
    private readonly run: SchedulerRun,
    /** Virtual time of the run's last event, ns. */
    readonly endNs: number,
    readonly exit: ProgramExit | undefined,
    readonly beats: readonly BeatTime[],
    /** Why the run was cut before the program ended, or null. */
    readonly cut: string | null,
    /** Events in the whole run (`run.eventCount` is the seek position, smaller after a seek back). */
    private readonly total: number,
  ) {}

  /** Compiles and runs `scenario` to its end (yielding now and then); throws {@link TimelineError} when it does not compile. */
  static async create(
    scenario: ScenarioInput,
    createRun: RunFactory,
    signal?: AbortSignal,
  ): Promise<ExportTimeline> {
    const made = createRun(scenario);
    if ('diagnostics' in made) {
      const errs = made.diagnostics.filter((d) => d.severity === 'error');
      throw new TimelineError(
        `The scenario does not compile, so there is nothing to export:\n${errs
          .map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)
          .join('\n')}`,
      );
    }
    const run = made;
    const cursor = new BeatCursor(scenario.beats?.map((b) => ({ ...b, pause: false })) ?? []);
    const beats: BeatTime[] = [];
    run.runUntil(0);
    while (run.exit === undefined && run.eventCount < MAX_EXPORT_EVENTS) {
      if (signal?.aborted) throw new DOMException('export canceled', 'AbortError');
      const stop = Math.min(MAX_EXPORT_EVENTS, run.eventCount + EVENTS_PER_SLICE);
      while (run.eventCount < stop && run.step() !== undefined);
      for (const hit of cursor.advance(run).reached)
        beats.push({
          index: hit.index,
          tNs: run.event(hit.seq).t,
          caption: scenario.beats![hit.index]!.caption,
        });
      await new Promise((r) => setTimeout(r, 0));
    }
    for (const hit of cursor.advance(run).reached)
      beats.push({
        index: hit.index,
        tNs: run.event(hit.seq).t,
        caption: scenario.beats![hit.index]!.caption,
      });
    const endNs = run.exit?.t ?? run.now;
    const cut =
      run.exit === undefined
        ? `The program was still running after ${MAX_EXPORT_EVENTS.toLocaleString('en')} events; the export ends there.`
        : null;
    return new ExportTimeline(run, endNs, run.exit, beats, cut, run.eventCount);
  }

  /** The state at virtual time `tNs`: right after the last event at or before it. */
  viewAt(tNs: number): WorldView {
    this.run.seekToEvent(lastEventAtOrBefore(this.run, this.total, tNs));
    // Trimmed as the live app's views are (very many goroutines): the same picture, and as quick to draw.
    const v = this.run.wireView();
    return { ...v, t: Math.max(v.t, Math.min(tNs, this.endNs)) };
  }

  /** The events in (fromNs, toNs], for motion between two frames. */
  eventsBetween(fromNs: number, toNs: number): ReturnType<SchedulerRun['event']>[] {
    const a = lastEventAtOrBefore(this.run, this.total, fromNs);
    const b = lastEventAtOrBefore(this.run, this.total, toNs);
    const out = [];
    for (let s = a + 1; s <= b; s++) out.push(this.run.event(s));
    return out;
  }

  /** The beats and Go's exit as captions: the exit caption is what Go prints when the program fails. */
  marks(): CaptionMark[] {
    const marks: CaptionMark[] = this.beats.map((b) => ({ tNs: b.tNs, caption: b.caption }));
    if (this.exit && this.exit.code !== 0)
      marks.push({
        tNs: this.endNs,
        caption: `${this.exit.reason} (exit status ${this.exit.code})`,
        isEnd: true,
      });
    return marks;
  }
}
