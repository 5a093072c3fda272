import type { ModelId } from '../../src-engine/sim/models/catalog';
import {
  LIMITS,
  PROTOCOL_VERSION,
  type Breakpoint,
  type Diagnostic,
  type EngineToRenderer,
  type InsightAnswer,
  type InsightQuery,
  type RendererToEngine,
} from '../../src-engine/protocol';
import {
  formatProblem,
  readScenario,
  writeScenario,
  type ScenarioFile,
} from '../../src-engine/protocol/scenarioFile';
import type { ProgramExit } from '../../src-engine/sim/SchedulerRun';
import type { SchedEvent } from '../../src-engine/sim/events';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { connectEngine, type EngineConnection } from './engineConnection';
import { ViewFeed } from './viewFeed';
import { ScenarioDoc, type DocFile } from './ScenarioDoc.svelte';

/** A message for the user: an engine restart, a launch problem, a protocol error. */
export interface Notice {
  readonly id: number;
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Buttons offered with the notice; each dismisses it after running. */
  readonly actions?: readonly { readonly label: string; readonly run: () => void }[];
}

/** Counts shown in the status bar and announced to screen readers. */
export interface Summary {
  readonly ps: number;
  /** Cores of a model without P (then `ps` is 0). */
  readonly cores?: number;
  readonly running: number;
  readonly runnable: number;
  readonly other: number;
}

/**
 * The UI's session with the engine: connection, the loaded scenario and its settings, transport state,
 * and a summary of the latest frame. Per-frame views go to their subscribers ({@link Session.views}: the stage,
 * panels), never through runes, so a fast run does not re-render Svelte components on every frame.
 */
export class Session {
  status = $state<'connecting' | 'ready' | 'failed'>('connecting');
  readonly doc = new ScenarioDoc();
  speed = $state(1);
  playing = $state(false);
  ended = $state<ProgramExit | undefined>(undefined);
  t = $state(0);
  eventCount = $state(0);
  /** Latest virtual time the run has reached (the scrub bar's end), ns. */
  maxT = $state(0);
  /** Position in the log: the state shown is right after event `seq`. */
  seq = $state(-1);
  modelName = $state('');
  /** Program revision of the running scenario; differs from `doc.revision` after an edit. */
  loadedRevision = $state(-1);
  /** Diagnostics of the program as last checked by the engine. */
  diagnostics = $state<readonly Diagnostic[]>([]);
  summary = $state<Summary>({ ps: 0, running: 0, runnable: 0, other: 0 });
  notices = $state<Notice[]>([]);
  output = $state('');
  /** The lesson beat the run last reached, shown over the stage. */
  beat = $state<{ index: number; caption: string } | null>(null);
  /** The goroutine selected anywhere (stage, event list, gutter, timeline); the inspector shows it. */
  selectedG = $state<number | null>(null);
  /** The breakpoint that last paused the run (cleared by play, step, seek and load). */
  breakpointHit = $state<{ id: string; seq: number; label: string } | null>(null);
  /** A span of virtual time selected on the timeline (video export can use it), ns. */
  selectedSpan = $state<{ startNs: number; endNs: number } | null>(null);
  /** Increases with every new run (load): caches of the old run's answers are dropped. */
  runId = $state(0);

  /** Event position at which each beat was reached in this run (for going back a beat); nothing renders it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly beatSeqs = new Map<number, number>();
  /** Set by {@link nextBeat}: pause when a beat after this index is reached. */
  private stopAfterBeat: number | undefined;
  private conn: EngineConnection | undefined;
  private nextNoticeId = 1;
  private nextRequestId = 1;
  // Bookkeeping of in-flight requests, not UI state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly pendingChecks = new Map<number, (d: readonly Diagnostic[]) => void>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly pendingQueries = new Map<number, (a: InsightAnswer | undefined) => void>();
  /**
   * Every engine state, for any number of subscribers: `session.views.subscribe(fn)` returns the function
   * that unsubscribes, and a late subscriber gets the latest view at once.
   */
  readonly views = new ViewFeed();

  /** Connects to the engine (and reconnects after a restart, reloading the scenario). */
  start(): void {
    connectEngine((conn, notice) => {
      this.conn?.close();
      this.conn = conn;
      this.status = 'connecting';
      if (notice !== undefined) this.notify('warning', notice);
      conn.listen((msg) => this.receive(msg));
      conn.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    });
    void window.gosched?.launchInfo().then((info) => {
      for (const w of info.warnings) this.notify('warning', w);
      if (info.opened?.canceled !== true && info.opened?.ok) {
        const o = info.opened;
        this.openScenario(o.scenario, o.file, o.isGoFile, o.warnings);
      }
      if (info.cores !== undefined) this.doc.setSettings({ cores: info.cores });
      if (info.seed !== undefined) this.doc.setSettings({ seed: info.seed });
      for (const entry of info.recoverable) {
        const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
          entry.savedAt,
        );
        this.notify(
          'info',
          `Unsaved work "${entry.title}" from ${when} was kept when GoSched Studio stopped.`,
          [
            { label: 'Recover', run: () => this.recover(entry.text, entry.file, entry.title) },
            { label: 'Discard', run: () => window.gosched?.discardAutosave(entry.docId) },
          ],
        );
      }
      if (this.status === 'ready') this.load();
    });
  }

  /** Cores of the simulated machine (the scenario's setting). */
  get cores(): number {
    return this.doc.scenario.settings.cores;
  }

  /** True when the program was edited after the current run was loaded. */
  get needsRestart(): boolean {
    return this.loadedRevision >= 0 && this.loadedRevision !== this.doc.revision;
  }

  /** Runs the program under another scheduler model (its own settings do not carry over). */
  setModel(id: ModelId): void {
    this.doc.setSettings({ model: id, modelSettings: undefined });
    this.load();
  }

  setCores(n: number): void {
    if (!Number.isInteger(n) || n < LIMITS.minCores || n > LIMITS.maxCores) return;
    this.doc.setSettings({ cores: n });
    this.load();
  }

  /** Asks the engine to check `program`; resolves with its diagnostics (empty if the engine is away). */
  check(program: string): Promise<readonly Diagnostic[]> {
    if (this.conn === undefined || this.status !== 'ready') return Promise.resolve(this.diagnostics);
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.pendingChecks.set(requestId, resolve);
      this.send({ type: 'check', requestId, program });
    });
  }

  /**
   * Opens a scenario from its text (a `.gosched` file or a plain `.go` file), validating it exactly as the
   * desktop app does. On problems the current document stays as it is and the problems are shown.
   */
  openText(text: string, fileName: string): boolean {
    const read = readScenario(text, fileName);
    if (!read.ok) {
      for (const p of read.problems) this.notify('error', formatProblem(p));
      return false;
    }
    this.openScenario(
      read.scenario,
      { name: fileName },
      /\.go$/i.test(fileName),
      read.warnings.map(formatProblem),
    );
    return true;
  }

  /** Replaces the document with a scenario already validated (by main or by {@link openText}) and runs it. */
  openScenario(
    scenario: ScenarioFile,
    file: DocFile | null,
    isGoFile: boolean,
    warnings: readonly string[],
  ): void {
    for (const w of warnings) this.notify('warning', w);
    this.doc.replace(scenario, file, isGoFile);
    this.load();
  }

  /** Restores autosaved work; it stays marked unsaved until the user saves it. */
  private recover(text: string, file: DocFile | null, title: string): void {
    const read = readScenario(text, `${title}.gosched`);
    if (!read.ok) return read.problems.forEach((p) => this.notify('error', formatProblem(p)));
    this.doc.replace(read.scenario, file);
    this.doc.dirty = true;
    this.load();
  }

  /** The text that Save writes for the current document. */
  savedText(): string {
    return this.doc.isGoFile && /\.go$/i.test(this.doc.fileName)
      ? this.doc.scenario.program
      : writeScenario(this.doc.scenario);
  }

  /**
   * Asks the engine about the run (events, lanes, metrics, a goroutine). Resolves with undefined when the
   * engine is away or restarts before answering.
   */
  query(query: InsightQuery): Promise<InsightAnswer | undefined> {
    if (this.conn === undefined || this.status !== 'ready') return Promise.resolve(undefined);
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.pendingQueries.set(requestId, resolve);
      this.send({ type: 'query', requestId, query });
    });
  }

  /** Jumps to the state right after event `seq` (the event list, a breakpoint). */
  seekSeq(seq: number): void {
    this.breakpointHit = null;
    this.send({ type: 'seek', seq: Math.max(-1, Math.round(seq)) });
  }

  /** The scenario's breakpoints changed: saved with it, and sent to the engine. */
  setBreakpoints(list: readonly Breakpoint[]): void {
    const plain = $state.snapshot(list) as Breakpoint[];
    this.doc.setBreakpoints(plain);
    this.send({ type: 'setBreakpoints', breakpoints: plain });
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.send({ type: 'setSpeed', speed });
  }

  togglePlay(): void {
    if (this.ended !== undefined) this.load();
    this.breakpointHit = null;
    this.send({ type: this.playing ? 'pause' : 'play' });
    this.playing = !this.playing;
  }

  /** Advances by `count` events (1 from the Step button; more from test and benchmark hooks). */
  step(count = 1): void {
    this.breakpointHit = null;
    this.send({ type: 'step', count: Math.max(1, Math.min(LIMITS.maxStep, Math.round(count))) });
  }

  /** One event back (exact: the engine replays from its nearest keyframe). */
  stepBack(): void {
    if (this.seq > 0) this.send({ type: 'seek', seq: this.seq - 1 });
  }

  /** Jumps to virtual time `tNs` (the scrub bar). */
  seekTime(tNs: number): void {
    this.send({ type: 'seekTime', tNs: Math.max(0, Math.round(tNs)) });
  }

  /** Restarts the current scenario from the beginning. */
  restart(): void {
    this.load();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /**
   * Plays on to the next beat and stops there (a presentation clicker's "next"). With no beats, or past the
   * last one, it plays on to the end.
   */
  nextBeat(): void {
    if (this.ended !== undefined) return;
    this.stopAfterBeat = this.beat?.index ?? -1;
    if (!this.playing) {
      this.send({ type: 'play' });
      this.playing = true;
    }
  }

  /** Goes back to the previous beat reached in this run (or to the start, before the first one). */
  previousBeat(): void {
    const index = (this.beat?.index ?? 0) - 1;
    this.stopAfterBeat = undefined;
    const seq = index >= 0 ? this.beatSeqs.get(index) : undefined;
    if (this.playing) this.send({ type: 'pause' });
    this.playing = false;
    if (seq === undefined) return this.load();
    this.ended = undefined;
    this.send({ type: 'seek', seq });
    const caption = this.doc.scenario.beats[index]?.caption ?? '';
    this.beat = { index, caption };
  }

  private load(): void {
    const scenario = this.doc.toScenarioInput();
    this.beat = null;
    this.beatSeqs.clear();
    this.stopAfterBeat = undefined;
    this.loadedRevision = this.doc.revision;
    this.playing = false;
    this.ended = undefined;
    this.output = '';
    this.breakpointHit = null;
    this.runId++;
    for (const resolve of this.pendingQueries.values()) resolve(undefined);
    this.pendingQueries.clear();
    // Snapshots: reactive proxies cannot cross a MessagePort.
    this.send({ type: 'setBreakpoints', breakpoints: $state.snapshot(this.doc.scenario.breakpoints ?? []) });
    this.send({ type: 'load', scenario });
    this.send({ type: 'setSpeed', speed: this.speed });
  }

  private send(msg: RendererToEngine): void {
    this.conn?.send(msg);
  }

  private receive(msg: EngineToRenderer): void {
    switch (msg.type) {
      case 'hello':
        if (msg.protocolVersion === PROTOCOL_VERSION) {
          this.status = 'ready';
          this.load();
        }
        return;
      case 'loaded':
        this.modelName = msg.modelName;
        this.eventCount = msg.eventCount;
        this.t = 0;
        this.maxT = 0;
        this.seq = msg.view.seq;
        this.showView(msg.view, true);
        return;
      case 'frame':
        this.t = msg.t;
        this.maxT = Math.max(this.maxT, msg.t);
        this.eventCount = msg.eventCount;
        this.playing = msg.playing;
        if (msg.snap) this.ended = undefined;
        if (msg.view) {
          this.seq = msg.view.seq;
          this.showView(msg.view, msg.snap, msg.events);
        }
        return;
      case 'output':
        this.output += msg.chunks.map((c) => c.text).join('');
        return;
      case 'beat':
        this.beat = { index: msg.index, caption: msg.caption };
        this.beatSeqs.set(msg.index, msg.seq);
        if (msg.pause) this.playing = false;
        else if (this.stopAfterBeat !== undefined && msg.index > this.stopAfterBeat && this.playing) {
          this.send({ type: 'pause' });
          this.playing = false;
        }
        if (!this.playing) this.stopAfterBeat = undefined;
        return;
      case 'answer': {
        const resolve = this.pendingQueries.get(msg.requestId);
        this.pendingQueries.delete(msg.requestId);
        resolve?.(msg.answer);
        return;
      }
      case 'breakpoint':
        this.breakpointHit = { id: msg.id, seq: msg.seq, label: msg.label };
        this.playing = false;
        return;
      case 'ended':
        this.ended = msg.exit;
        this.playing = false;
        return;
      case 'diagnostics':
        this.diagnostics = msg.items;
        this.modelName = '';
        return;
      case 'checked': {
        this.diagnostics = msg.diagnostics;
        const resolve = this.pendingChecks.get(msg.requestId);
        this.pendingChecks.delete(msg.requestId);
        resolve?.(msg.diagnostics);
        return;
      }
      case 'error':
        if (msg.code === 'version-mismatch') this.status = 'failed';
        this.notify('error', `Engine: ${msg.message}`);
        return;
    }
  }

  private showView(view: WorldView, snap: boolean, events: readonly SchedEvent[] = []): void {
    this.summary = {
      ps: view.ps.length,
      ...(view.model ? { cores: view.model.cores.length } : {}),
      ...statusCounts(view),
    };
    this.views.publish({ view, snap, events, playheadNs: this.t, playing: this.playing, speed: this.speed });
  }

  /** Shows an error to the user (file problems found outside the engine). */
  notifyError(text: string): void {
    this.notify('error', text);
  }

  notifyWarning(text: string): void {
    this.notify('warning', text);
  }

  notifyInfo(text: string): void {
    this.notify('info', text);
  }

  private notify(level: Notice['level'], text: string, actions?: Notice['actions']): void {
    this.notices = [
      ...this.notices,
      { id: this.nextNoticeId++, level, text, ...(actions ? { actions } : {}) },
    ];
  }
}

/** Running, runnable and other goroutines: from a trimmed view's own counts, else by counting its goroutines. */
function statusCounts(view: WorldView): { running: number; runnable: number; other: number } {
  const tr = view.trimmed;
  if (tr) return { running: tr.running, runnable: tr.runnable, other: tr.total - tr.running - tr.runnable };
  let running = 0;
  let runnable = 0;
  for (const g of view.gs) {
    if (g.status === '_Grunning') running++;
    else if (g.status === '_Grunnable') runnable++;
  }
  return { running, runnable, other: view.gs.length - running - runnable };
}
