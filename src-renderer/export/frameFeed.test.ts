import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../../src-engine/sim/events';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { motionAt, restingAt, retarget, type Motion, type Point } from '../stage/motion';
import type { Compositor } from './compose';
import { PlanFeeder, stillReplay } from './frameFeed';
import { frameAt, makePlan, type FramePlan } from './plan';
import { runExport } from './runExport';
import { StageFrameSource, type RenderableStage, type StateFeed } from './stageSource';
import type { Exporter } from './types';

const MOVE_MS = 320;

/** A place per location: where the stage would put a goroutine there. */
const placeOf = (loc: string): Point => ({
  x: [...loc].reduce((a, c) => a + c.charCodeAt(0), 0),
  y: loc.length,
});

/**
 * A stage with the real stage's motion rules (`motion.ts`: a move starts at its `g.move` event's time, lasts
 * MOVE_MS of video at the pace, and is retargeted from the place it left) and no pixels.
 */
class MotionStage implements RenderableStage {
  readonly canvas = {} as HTMLCanvasElement;
  private pace = 10;
  private readonly motions = new Map<number, Motion>();
  private view: WorldView | undefined;
  drawn = new Map<number, Point>();

  setPace(nsPerMs: number): void {
    this.pace = nsPerMs;
  }
  setView(view: WorldView, input: { snap: boolean; events?: readonly SchedEvent[] }): void {
    this.view = view;
    const starts = new Map<number, number>();
    for (const e of input.events ?? []) if (e.kind === 'g.move' && e.g !== undefined) starts.set(e.g, e.t);
    for (const g of view.gs) {
      const to = placeOf(g.loc);
      const m = this.motions.get(g.id);
      if (input.snap || m === undefined) this.motions.set(g.id, restingAt(to));
      else if (m.to.x !== to.x || m.to.y !== to.y)
        this.motions.set(g.id, retarget(m, to, starts.get(g.id) ?? view.t, MOVE_MS * this.pace));
    }
  }
  renderAt(tNs: number): void {
    this.drawn = new Map([...this.motions].map(([id, m]) => [id, motionAt(m, tNs)]));
  }
  tokensAwayFromPlace(): number[] {
    return (this.view?.gs ?? [])
      .filter((g) => {
        const p = this.drawn.get(g.id)!;
        const q = placeOf(g.loc);
        return p.x !== q.x || p.y !== q.y;
      })
      .map((g) => g.id);
  }
  destroy(): void {}
}

/**
 * A run shaped like the deadlock lesson's end: G1 runs, is sent to the run queue at 3 µs, the beat is at 5 µs
 * where G1 blocks on a channel (its move starts at the beat's own event), and at 8 µs the run ends as G2 blocks too.
 */
const moves: { t: number; g: number; loc: string }[] = [
  { t: 0, g: 1, loc: 'running(P0)' },
  { t: 0, g: 2, loc: 'runq(P0)' },
  { t: 3000, g: 1, loc: 'runq(P0)' },
  { t: 3000, g: 2, loc: 'running(P0)' },
  { t: 5000, g: 1, loc: 'recvq(ch1)' },
  { t: 8000, g: 2, loc: 'recvq(ch2)' },
];
const feed: StateFeed = {
  viewAt(tNs) {
    const locs = new Map<number, string>();
    for (const m of moves) if (m.t <= tNs) locs.set(m.g, m.loc);
    return { t: tNs, gs: [...locs].map(([id, loc]) => ({ id, loc })) } as unknown as WorldView;
  },
  eventsBetween(fromNs, toNs) {
    return moves
      .filter((m) => m.t > fromNs && m.t <= toNs)
      .map((m) => ({ kind: 'g.move', g: m.g, t: m.t }) as unknown as SchedEvent);
  },
};

const plan: FramePlan = makePlan({
  fromNs: 0,
  toNs: 8000,
  fps: 30,
  pacing: { mode: 'rate', nsPerVideoSecond: 2000 },
  marks: [
    { tNs: 5000, caption: 'G1 blocks on ch1' },
    { tNs: 8000, caption: 'fatal error: all goroutines are asleep - deadlock!', isEnd: true },
  ],
  beatHoldS: 1,
  beatSlowS: 1,
  slowFactor: 4,
  titleS: 0,
  endHoldS: 2,
});

async function source(): Promise<{ stage: MotionStage; src: StageFrameSource }> {
  const stage = new MotionStage();
  const src = await StageFrameSource.create(async () => stage, feed, {
    widthPx: 10,
    heightPx: 10,
    theme: 'projector',
    textScale: 1,
    nsPerVideoMs: 2,
  });
  return { stage, src };
}

/** What every frame of the export drew: token positions by goroutine. */
async function exportPositions(): Promise<Map<number, Point>[]> {
  const { stage, src } = await source();
  const out: Map<number, Point>[] = [];
  const exporter: Exporter = {
    start: async () => undefined,
    handleFrame: async () => void out.push(stage.drawn),
    stop: async () => undefined,
  };
  const compositor = {
    layout: { program: null },
    canvas: {},
    draw: () => true,
  } as unknown as Compositor;
  await runExport({ plan, source: src, compositor, exporter, signal: new AbortController().signal });
  return out;
}

describe('export holds show the settled picture (the hold rule)', () => {
  it('on every hold frame, every token stands at its place in the state of that time', async () => {
    const positions = await exportPositions();
    const holds = [...positions.keys()].filter((k) => frameAt(plan, k).kind === 'hold');
    expect(holds.length).toBe(30 + 60);
    for (const k of holds) {
      const view = feed.viewAt(frameAt(plan, k).virtualNs);
      for (const g of view.gs)
        expect(positions[k]!.get(g.id), `frame ${k}, G${g.id}`).toEqual(placeOf(g.loc));
    }
  });

  it('after a beat hold the video goes on from the settled picture, never back to the move in flight', async () => {
    const positions = await exportPositions();
    const afterBeat = plan.segments.findIndex((s) => s.kind === 'hold' && s.fromNs === 5000) + 1;
    const k = plan.segments[afterBeat]!.firstFrame;
    expect(positions[k]!.get(1)).toEqual(placeOf('recvq(ch1)'));
  });

  it('a still of any frame’s moment shows what that video frame shows (holds settled, moves in flight)', async () => {
    const positions = await exportPositions();
    for (let k = 0; k < plan.frameCount; k += 7) {
      const f = frameAt(plan, k);
      const { stage, src } = await source();
      const replay = stillReplay(plan, f.virtualNs, MOVE_MS);
      const feeder = new PlanFeeder(src);
      for (const r of replay.frames) feeder.advance(r);
      await feeder.drawMoment(f.virtualNs, replay.settle);
      expect(stage.drawn, `still of frame ${k} (${f.kind}, t=${f.virtualNs})`).toEqual(positions[k]);
    }
  });

  it('a move frame in flight is drawn in flight (the rule settles holds only)', async () => {
    const positions = await exportPositions();
    const inFlight = positions.some((p, k) => {
      const view = feed.viewAt(frameAt(plan, k).virtualNs);
      return view.gs.some((g) => {
        const q = placeOf(g.loc);
        const at = p.get(g.id)!;
        return at.x !== q.x || at.y !== q.y;
      });
    });
    expect(inFlight).toBe(true);
  });
});
