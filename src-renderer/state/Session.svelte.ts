import {
  LIMITS,
  PROTOCOL_VERSION,
  type EngineToRenderer,
  type RendererToEngine,
  type ScenarioInput,
} from '../../src-engine/protocol';
import type { ProgramExit } from '../../src-engine/sim/SchedulerRun';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { connectEngine, type EngineConnection } from './engineConnection';
import { DEMO_PROGRAM } from './demoProgram';

/** A message for the user: an engine restart, a launch problem, a protocol error. */
export interface Notice {
  readonly id: number;
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
}

/** Counts shown in the status bar and announced to screen readers. */
export interface Summary {
  readonly ps: number;
  readonly running: number;
  readonly runnable: number;
  readonly other: number;
}

/**
 * The UI's session with the engine: connection, the loaded scenario and its settings, transport state,
 * and a summary of the latest frame. Per-frame views go straight to the stage (`onView`), never through
 * runes, so a fast run does not re-render Svelte components on every frame.
 */
export class Session {
  status = $state<'connecting' | 'ready' | 'failed'>('connecting');
  cores = $state(4);
  seed = $state(1);
  speed = $state(1);
  playing = $state(false);
  ended = $state<ProgramExit | undefined>(undefined);
  t = $state(0);
  eventCount = $state(0);
  title = $state('Demo: eight workers');
  modelName = $state('');
  summary = $state<Summary>({ ps: 0, running: 0, runnable: 0, other: 0 });
  notices = $state<Notice[]>([]);
  output = $state('');

  private conn: EngineConnection | undefined;
  private program = DEMO_PROGRAM;
  private nextNoticeId = 1;
  private viewListener: ((view: WorldView, snap: boolean) => void) | undefined;

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
      if (info.cores !== undefined) this.cores = info.cores;
      if (info.seed !== undefined) this.seed = info.seed;
      if (info.scenario !== undefined) {
        this.title = info.scenario.name;
        this.program = info.scenario.text;
      }
      if (this.status === 'ready') this.load();
    });
  }

  /** Registers the stage's callback for every new state. */
  onView(listener: (view: WorldView, snap: boolean) => void): void {
    this.viewListener = listener;
  }

  setCores(n: number): void {
    if (!Number.isInteger(n) || n < LIMITS.minCores || n > LIMITS.maxCores) return;
    this.cores = n;
    this.load();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.send({ type: 'setSpeed', speed });
  }

  togglePlay(): void {
    if (this.ended !== undefined) this.load();
    this.send({ type: this.playing ? 'pause' : 'play' });
    this.playing = !this.playing;
  }

  step(): void {
    this.send({ type: 'step', count: 1 });
  }

  /** Restarts the current scenario from the beginning. */
  restart(): void {
    this.load();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private load(): void {
    const scenario: ScenarioInput = {
      title: this.title,
      program: this.program,
      settings: { cores: this.cores, seed: this.seed },
    };
    this.playing = false;
    this.ended = undefined;
    this.output = '';
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
        this.eventCount = 0;
        this.t = 0;
        this.showView(msg.view, true);
        return;
      case 'frame':
        this.t = msg.t;
        this.eventCount = msg.eventCount;
        this.playing = msg.playing;
        this.showView(msg.view, msg.snap);
        return;
      case 'output':
        this.output += msg.chunks.map((c) => c.text).join('');
        return;
      case 'ended':
        this.ended = msg.exit;
        this.playing = false;
        return;
      case 'diagnostics':
        for (const d of msg.items) this.notify('error', `${d.file}:${d.line}:${d.col}: ${d.message}`);
        return;
      case 'error':
        if (msg.code === 'version-mismatch') this.status = 'failed';
        this.notify('error', `Engine: ${msg.message}`);
        return;
    }
  }

  private showView(view: WorldView, snap: boolean): void {
    let running = 0;
    let runnable = 0;
    for (const g of view.gs) {
      if (g.status === '_Grunning') running++;
      else if (g.status === '_Grunnable') runnable++;
    }
    this.summary = { ps: view.ps.length, running, runnable, other: view.gs.length - running - runnable };
    this.viewListener?.(view, snap);
  }

  private notify(level: Notice['level'], text: string): void {
    this.notices = [...this.notices, { id: this.nextNoticeId++, level, text }];
  }
}
