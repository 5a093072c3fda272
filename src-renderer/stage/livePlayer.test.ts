import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { FrameMeter } from './FrameMeter';
import { CROWDED_FRAME_MS, LivePlayer, type LiveStage } from './livePlayer';

/** A stage that records what the player asks of it; a state's layout waits for `prepare` or a full render. */
class FakeStage implements LiveStage {
  readonly calls: string[] = [];
  readonly meter = new FrameMeter();
  readonly moveNs = 1_000;
  view: WorldView | undefined;
  unprepared = false;
  /** A state not drawn yet (as the real stage's `dirty`). */
  private dirty = false;

  onNeedsRender(): void {}
  setPace(): void {}
  setView(view: WorldView): void {
    this.view = view;
    this.unprepared = true;
    this.dirty = true;
  }
  prepare(): void {
    this.calls.push('prepare');
    this.unprepared = false;
  }
  needsRender(): boolean {
    return this.dirty || this.unprepared;
  }
  renderAt(): void {
    this.calls.push(this.unprepared ? 'render+layout' : 'render');
    this.unprepared = false;
    this.dirty = false;
  }
  renderMotionAt(): void {
    this.calls.push('motion');
  }
}

const VIEW = { t: 0, seq: 0, gomaxprocs: 1, ps: [], ms: [], gs: [], globrunq: [], chans: [], stw: null };
const TRIMMED = {
  ...VIEW,
  trimmed: {
    total: 100_000,
    running: 0,
    runnable: 0,
    hidden: {},
    droppedPlaces: { places: 0, goroutines: 0 },
  },
};

describe('LivePlayer', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  const runFrame = (): void => frames.shift()?.();
  /** Lets the prepare task (a MessageChannel message) run. */
  const runTasks = (): Promise<void> => new Promise((r) => setTimeout(r, 5));
  const show = (p: LivePlayer, playing = true, view: object = VIEW): void =>
    p.show({ view: view as WorldView, snap: false, events: [], playheadNs: 0, playing, speed: 1 });

  it('a frame that comes before the prepare task draws motion only, and the next one the new state', async () => {
    const stage = new FakeStage();
    const player = new LivePlayer(stage, () => 0);
    show(player);
    runFrame();
    expect(stage.calls).toEqual(['motion']);
    await runTasks();
    runFrame();
    expect(stage.calls).toEqual(['motion', 'prepare', 'render']);
    player.stop();
  });

  it('a frame after the prepare task has run draws the new state at once', async () => {
    const stage = new FakeStage();
    const player = new LivePlayer(stage, () => 0);
    show(player);
    await runTasks();
    runFrame();
    expect(stage.calls).toEqual(['prepare', 'render']);
    player.stop();
  });

  it('never defers two frames in a row: a state is at most one frame late', () => {
    const stage = new FakeStage();
    const player = new LivePlayer(stage, () => 0);
    show(player);
    runFrame();
    // A second state, and still no task has run: this frame lays out itself.
    show(player);
    runFrame();
    expect(stage.calls).toEqual(['motion', 'render+layout']);
    player.stop();
  });

  it('draws a trimmed view at most every CROWDED_FRAME_MS while playing, and every frame otherwise', async () => {
    let wallMs = 0;
    const stage = new FakeStage();
    const player = new LivePlayer(stage, () => wallMs);
    const frameAt = (ms: number): void => {
      wallMs = ms;
      runFrame();
    };
    show(player, true, TRIMMED);
    await runTasks();
    frameAt(0);
    show(player, true, TRIMMED);
    await runTasks();
    // The next display frame comes too soon: put off, and asked again.
    frameAt(16.7);
    expect(stage.calls.filter((c) => c.startsWith('render'))).toHaveLength(1);
    expect(frames).toHaveLength(1);
    frameAt(16.7 + CROWDED_FRAME_MS);
    expect(stage.calls.filter((c) => c.startsWith('render'))).toHaveLength(2);
    // Paused, a step's state is drawn at the next frame.
    show(player, false, TRIMMED);
    await runTasks();
    frameAt(16.7 + CROWDED_FRAME_MS + 1);
    expect(stage.calls.filter((c) => c.startsWith('render'))).toHaveLength(3);
    // A view under the trim limit is drawn at every frame while playing.
    show(player, true);
    await runTasks();
    frameAt(16.7 + CROWDED_FRAME_MS + 2);
    expect(stage.calls.filter((c) => c.startsWith('render'))).toHaveLength(4);
    player.stop();
  });
});
