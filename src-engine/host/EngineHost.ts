import type { WorldView } from '../sim/WorldView';
import {
  BASE_NS_PER_WALL_SECOND,
  PROTOCOL_VERSION,
  parseRendererMessage,
  type Diagnostic,
  type EngineErrorCode,
  type EngineToRenderer,
  type RendererToEngine,
  type ScenarioInput,
} from '../protocol';
import type { SchedEvent } from '../sim/events';
import type { SchedulerRun } from '../sim/SchedulerRun';
import { BeatCursor, type BeatHit } from './BeatCursor';
import { Pacer, realClock, type WallClock } from './Pacer';
import { lastEventAtOrBefore } from './timeline';
import type { PortLike } from './PortLike';
import { SlicedJob } from './SlicedJob';
import { InsightService, type BreakHit } from './queries';
import { TurnMeter, type TurnFigures } from './TurnMeter';

/** Builds a run for a scenario, or explains why it cannot (located diagnostics). */
export type RunFactory = (scenario: ScenarioInput) => SchedulerRun | { diagnostics: readonly Diagnostic[] };

/** Checks a program without running it: the diagnostics the editor shows inline. */
export type ProgramChecker = (program: string) => readonly Diagnostic[];

/** What a host serves: how to run a scenario and how to check a program. */
export interface EngineServices {
  readonly createRun: RunFactory;
  readonly checkProgram: ProgramChecker;
}

/** Frame period while playing, ms: about 60 frames a second. */
export const FRAME_MS = 16;
/** While playing, views are built at most once per this many times their own build time. */
export const VIEW_COST_FACTOR = 4;
/**
 * While playing, a trimmed view (more than `TRIM_ABOVE` goroutines, up to `KEEP_BUDGET` of them on the wire) is
 * sent at most once per this many ms, however cheap it was to build: taking one in costs the renderer's thread
 * about as much as building it costs this one, and at that scale the stage shows counts and a few tokens per
 * place, which 15 views a second animate smoothly.
 */
export const TRIMMED_VIEW_MIN_MS = 66;
/**
 * Most events one frame carries; older events of a larger batch are skipped (counted in `skipped`). The stage
 * is their only reader (each `g.move` starts a token's motion, each hand-off or steal lights a ring): it draws a
 * few hundred tokens and one ring per place, so more events per frame only cost the renderer's thread their
 * deserialising (2 000 made a 5–10 ms message task at 100 000 goroutines). The panels ask the engine.
 */
export const MAX_EVENTS_PER_FRAME = 512;
/**
 * Most events one playback tick simulates (about 10 ms at 100 000 goroutines). A tick that would need more
 * (a crowded program at full speed) stops there and the playhead waits at its last event: playback runs as
 * fast as the engine can, and the thread stays free (docs/limits.md §4).
 */
export const MAX_EVENTS_PER_TICK = 8_192;

/**
 * The engine end of the renderer ⇄ engine protocol: validates every message, owns the current run,
 * paces it against the wall clock while playing, and sends frames, output and the end.
 *
 * @remarks Transport-agnostic (see {@link PortLike}), so the utility process, the Web Worker and the
 * Node tests run this same class. A malformed message gets a `bad-message` error and changes nothing.
 */
export class EngineHost {
  private port: PortLike | undefined;
  private greeted = false;
  private run: SchedulerRun | undefined;
  private scenario: ScenarioInput | undefined;
  private playing = false;
  private speed = 1;
  /** Virtual time shown, ns; can sit between events. */
  private playhead = 0;
  private sentSeq = -1;
  private sentOutput = 0;
  private endSent = false;
  /** Finds the lesson's beats in the log. */
  private beats = new BeatCursor([]);
  private producedMax = 0;
  /** Log position of the last view sent; a frame repeats no view (see the `frame` message). */
  private viewSentAt = -2;
  /** Wall ms before which no view is built while playing (see `sendFrame`). */
  private nextViewAt = 0;
  private readonly pendingBeats: BeatHit[] = [];
  private stopTicker: (() => void) | undefined;
  private readonly pacer: Pacer;
  /** A long `step` in progress, cut into slices (see {@link SlicedJob}). */
  private job: SlicedJob | undefined;
  private longestBlock = 0;
  /** Work per turn of the engine thread, counted (see {@link TurnMeter}). */
  private readonly meter: TurnMeter;
  /** The clock, with every callback it runs counted as one turn. */
  private readonly turns: WallClock;
  /** Last event checked for breakpoints (and so, for the beats it reached). */
  private stopsChecked = -1;
  /** A breakpoint found by a slice of a step, sent with the step's frame. */
  private pendingHit: BreakHit | undefined;
  /** Event index, queries and breakpoints (host/queries.ts). */
  private readonly insight: InsightService;

  private readonly createRun: RunFactory;
  private readonly checkProgram: ProgramChecker;

  constructor(
    services: EngineServices,
    private readonly clock: WallClock = realClock,
  ) {
    this.createRun = services.createRun;
    this.checkProgram = services.checkProgram;
    this.pacer = new Pacer(clock, BASE_NS_PER_WALL_SECOND);
    const meter = (this.meter = new TurnMeter(() => clock.now()));
    this.turns = {
      now: () => clock.now(),
      every: (ms, tick) => clock.every(ms, () => meter.turn('every', tick)),
      later: (fn) => clock.later(() => meter.turn('later', fn)),
    };
    this.insight = new InsightService(
      this.turns,
      (n) => meter.countEvents(n),
      () => this.playing,
    );
  }

  /** Starts serving one renderer over `port`. */
  attach(port: PortLike): void {
    this.port = port;
    port.listen((data) => this.receive(data));
  }

  /** Stops the ticker and closes the port. */
  dispose(): void {
    this.job?.stop();
    this.setPlaying(false);
    this.port?.close();
  }

  /**
   * Longest time, ms of wall clock, that one message or one slice of a long job held the engine thread
   * (the responsiveness figure: the bench and tests read it).
   */
  get longestBlockMs(): number {
    return this.longestBlock;
  }

  /** The largest turn of the engine thread so far, in events and views walked and in wall ms. */
  get largestTurn(): TurnFigures {
    return this.meter.largest;
  }

  private noteBlock(ms: number): void {
    this.longestBlock = Math.max(this.longestBlock, ms);
  }

  private receive(data: unknown): void {
    const started = this.clock.now();
    try {
      this.meter.turn('message', () => this.receiveNow(data));
    } finally {
      this.noteBlock(this.clock.now() - started);
    }
  }

  private receiveNow(data: unknown): void {
    const parsed = parseRendererMessage(data);
    if (!parsed.ok) return this.fail('bad-message', parsed.error);
    this.meter.doing(
      parsed.message.type === 'query' ? `query ${parsed.message.query.kind}` : parsed.message.type,
    );
    // A message that moves the run first ends a long step where it got (its frame is sent); a check or a speed
    // change is answered while the step goes on.
    if (parsed.message.type !== 'check' && parsed.message.type !== 'setSpeed') this.job?.stop();
    try {
      this.handle(parsed.message);
    } catch (err) {
      this.engineFailure(err);
    }
  }

  private engineFailure(err: unknown): void {
    this.setPlaying(false);
    this.fail('internal', `engine failure: ${err instanceof Error ? err.message : String(err)}`);
  }

  private handle(msg: RendererToEngine): void {
    if (msg.type === 'hello') {
      this.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, engine: 'gosched-engine' });
      if (msg.protocolVersion !== PROTOCOL_VERSION) {
        return this.fail(
          'version-mismatch',
          `the renderer speaks protocol v${msg.protocolVersion} but the engine speaks v${PROTOCOL_VERSION}; rebuild or reinstall the app`,
        );
      }
      this.greeted = true;
      return;
    }
    if (!this.greeted) return this.fail('not-ready', `"${msg.type}" before "hello": send hello first`);
    switch (msg.type) {
      case 'load':
        return this.load(msg.scenario);
      case 'play':
        if (this.requireRun('play')) this.setPlaying(this.run!.exit === undefined);
        return;
      case 'pause':
        this.setPlaying(false);
        return this.sendFrame(false);
      case 'step':
        if (!this.requireRun('step')) return;
        this.setPlaying(false);
        return this.startStep(this.run!, msg.count);
      case 'seek':
        if (!this.requireRun('seek')) return;
        return this.seek(Math.min(msg.seq, this.eventsProduced() - 1));
      case 'seekTime':
        if (!this.requireRun('seek')) return;
        return this.seek(lastEventAtOrBefore(this.run!, this.eventsProduced(), msg.tNs));
      case 'setSpeed':
        this.speed = msg.speed;
        return;
      case 'query':
        return this.send({
          type: 'answer',
          requestId: msg.requestId,
          answer: this.insight.answer(msg.query, (this.run?.eventCount ?? 0) - 1, this.playhead),
        });
      case 'setBreakpoints':
        return this.insight.setBreakpoints(msg.breakpoints);
      case 'check':
        return this.send({
          type: 'checked',
          requestId: msg.requestId,
          diagnostics: this.checkProgram(msg.program),
        });
    }
  }

  /**
   * Steps `count` events in slices of bounded wall time (a million steps on a 100 000-goroutine run take
   * seconds); the frame goes out when the step ends or when another message stops it early.
   */
  private startStep(run: SchedulerRun, count: number): void {
    let left = count;
    const job = new SlicedJob(
      this.turns,
      () => left-- > 0 && run.step() !== undefined,
      () => {
        if (this.job === job) this.job = undefined;
        if (this.run !== run) return;
        this.playhead = run.now;
        this.flush(false);
      },
      (err) => {
        if (this.job === job) this.job = undefined;
        this.engineFailure(err);
      },
      (ms, units) => {
        this.noteBlock(ms);
        this.meter.countEvents(units);
      },
      // Each slice's events are checked for breakpoints and beats as they come, so the check never walks a
      // million events at once, and a step stops at the first one.
      () => this.run === run && this.checkStops(),
    );
    this.job = job;
    job.start();
  }

  private load(scenario: ScenarioInput): void {
    this.setPlaying(false);
    this.run = undefined;
    this.insight.reset(undefined);
    const made = this.createRun(scenario);
    if ('diagnostics' in made) return this.send({ type: 'diagnostics', items: made.diagnostics });
    this.run = made;
    this.scenario = scenario;
    this.beats = new BeatCursor(scenario.beats ?? []);
    // "Loaded" is virtual time 0: the runtime has started (schedinit, procresize, sysmon, the main
    // goroutine), and the program's first statement is the first thing Step shows.
    made.runUntil(0);
    this.playhead = 0;
    this.sentSeq = made.eventCount - 1;
    this.sentOutput = 0;
    this.endSent = false;
    this.stopsChecked = this.sentSeq;
    this.pendingHit = undefined;
    this.producedMax = made.eventCount;
    this.viewSentAt = made.eventCount - 1;
    this.insight.reset(made);
    this.send({
      type: 'loaded',
      title: scenario.title,
      modelName: made.modelName,
      settings: scenario.settings,
      view: made.wireView(),
      eventCount: made.eventCount,
    });
    this.rescanBeats();
  }

  /**
   * Checks the events not checked yet for breakpoints and lesson beats; true when the run must stop. A
   * breakpoint stops the run right after the first event it matches, and a beat with `pause` right after its
   * event: the run is put back there exactly (seeking is exact), so the stage shows the moment it narrates.
   */
  private checkStops(): boolean {
    const run = this.run!;
    const from = this.stopsChecked + 1;
    const to = run.eventCount - 1;
    if (to < from) return false;
    let stop = false;
    const hit = this.insight.firstBreak(run, from, to);
    this.meter.countEvents(this.insight.hasBreakpoints ? (hit?.seq ?? to) - from + 1 : 0);
    if (hit !== undefined) {
      stop = true;
      this.pendingHit = hit;
      if (hit.seq < run.eventCount - 1) run.seekToEvent(hit.seq);
    }
    const beatsFrom = this.beats.scannedTo;
    const { reached, pauseAt } = this.beats.advance(run);
    if (this.beats.beats.length > 0) this.meter.countEvents(this.beats.scannedTo - beatsFrom);
    if (pauseAt !== undefined) {
      stop = true;
      if (pauseAt < run.eventCount - 1) run.seekToEvent(pauseAt);
    }
    this.pendingBeats.push(...reached);
    this.stopsChecked = run.eventCount - 1;
    if (stop) {
      this.setPlaying(false);
      this.playhead = run.now;
    }
    return stop;
  }

  /** After a load or a seek: shows the last beat reached so far, without pausing. */
  private rescanBeats(): void {
    const last = this.beats.rescan(this.run!);
    this.meter.countEvents(this.beats.lastRescanEvents);
    if (last) this.sendBeat(last.index, last.seq, false);
  }

  private sendBeat(index: number, seq: number, pause: boolean): void {
    const beat = this.beats.beats[index];
    if (beat) this.send({ type: 'beat', index, seq, caption: beat.caption, pause });
  }

  /**
   * Most events the run has produced: seeking back lowers `eventCount`, so the high-water mark is
   * recorded here, before every seek.
   */
  private eventsProduced(): number {
    this.producedMax = Math.max(this.producedMax, this.run?.eventCount ?? 0);
    return this.producedMax;
  }

  private seek(seq: number): void {
    this.setPlaying(false);
    this.run!.seekToEvent(seq);
    this.resetSent();
    this.sendFrame(true);
    this.rescanBeats();
  }

  private requireRun(what: string): boolean {
    if (this.run !== undefined) return true;
    this.fail('not-ready', `cannot ${what}: no scenario is loaded`);
    return false;
  }

  private setPlaying(on: boolean): void {
    if (on === this.playing) return;
    this.playing = on;
    this.stopTicker?.();
    this.stopTicker = undefined;
    if (on) {
      this.pacer.start();
      this.stopTicker = this.turns.every(FRAME_MS, () => this.tick());
    }
  }

  private tick(): void {
    const run = this.run;
    if (run === undefined) return this.setPlaying(false);
    const target = this.playhead + this.pacer.advance(this.speed);
    const before = run.eventCount;
    try {
      run.runUntil(target, MAX_EVENTS_PER_TICK);
      const walked = run.eventCount - before;
      this.meter.countEvents(walked);
      // Out of budget before the target: the playhead waits at the last event instead of running ahead of it.
      this.playhead = walked >= MAX_EVENTS_PER_TICK ? Math.max(this.playhead, run.now) : target;
    } catch (err) {
      this.setPlaying(false);
      return this.fail('internal', `engine failure: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (run.exit !== undefined) this.setPlaying(false);
    this.flush(false);
  }

  /** Sends every event, output chunk, beat and the end not yet sent. */
  private flush(snap: boolean): void {
    const run = this.run!;
    this.checkStops();
    const hit = this.pendingHit;
    this.pendingHit = undefined;
    this.sendFrame(snap);
    if (hit !== undefined) this.send({ type: 'breakpoint', ...hit });
    this.insight.grew(this.eventsProduced());
    for (const b of this.pendingBeats.splice(0))
      this.sendBeat(b.index, b.seq, this.beats.beats[b.index]?.pause ?? false);
    const out = run.output();
    if (out.length > this.sentOutput) {
      this.send({ type: 'output', chunks: out.slice(this.sentOutput) });
      this.sentOutput = out.length;
    }
    if (run.exit !== undefined && !this.endSent) {
      this.endSent = true;
      this.send({ type: 'ended', exit: run.exit });
    }
  }

  private sendFrame(snap: boolean): void {
    const run = this.run;
    if (run === undefined) return;
    const last = run.eventCount - 1;
    const moved = snap || last > this.sentSeq || last !== this.viewSentAt;
    // While playing, a view that is costly to build (tens of thousands of goroutines) is sent at most every
    // VIEW_COST_FACTOR times its cost, so the playhead keeps pace, and a trimmed one at most every
    // TRIMMED_VIEW_MIN_MS; stops, steps, seeks and the end always get one.
    const due = snap || !this.playing || run.exit !== undefined || this.clock.now() >= this.nextViewAt;
    let view: WorldView | undefined;
    if (moved && due) {
      const started = this.clock.now();
      this.meter.countView();
      view = run.wireView();
      const costMs = this.clock.now() - started;
      this.nextViewAt =
        this.clock.now() + Math.max(costMs * VIEW_COST_FACTOR, view.trimmed ? TRIMMED_VIEW_MIN_MS : 0);
      this.viewSentAt = last;
    }
    // Events travel with the view they lead to (the renderer animates them into that state): a frame without a
    // view carries none, and they wait for the next view (at 100 000 goroutines most frames have no view, and
    // the renderer's thread deserialised thousands of events per frame only to drop them). A batch too large to
    // animate (fast playback of a busy program) keeps only its newest events: the view carries the state.
    const events: SchedEvent[] = [];
    let skipped = 0;
    if (view !== undefined) {
      const first = Math.max(this.sentSeq + 1, last - MAX_EVENTS_PER_FRAME + 1);
      skipped = Math.max(0, first - this.sentSeq - 1);
      for (let seq = first; seq <= last; seq++) events.push(run.event(seq));
      this.sentSeq = Math.max(this.sentSeq, last);
    }
    this.send({
      type: 'frame',
      t: Math.max(this.playhead, run.now),
      events,
      ...(skipped > 0 ? { skipped } : {}),
      ...(view ? { view } : {}),
      playing: this.playing,
      snap,
      eventCount: run.eventCount,
    });
  }

  private resetSent(): void {
    const run = this.run!;
    this.sentSeq = run.eventCount - 1;
    this.playhead = run.now;
    this.sentOutput = run.output().length;
    this.endSent = run.exit !== undefined;
    this.stopsChecked = this.sentSeq;
    this.pendingHit = undefined;
  }

  private fail(code: EngineErrorCode, message: string): void {
    this.send({ type: 'error', code, message });
  }

  private send(msg: EngineToRenderer): void {
    this.port?.post(msg);
  }

  /** The scenario of the current run, if any (used when the host restarts a run). */
  get current(): ScenarioInput | undefined {
    return this.scenario;
  }
}
