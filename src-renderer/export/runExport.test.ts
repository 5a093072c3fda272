import { describe, expect, it } from 'vitest';
import type { Compositor } from './compose';
import { makePlan } from './plan';
import { runExport } from './runExport';
import type { Exporter, ExportResult, FrameSource } from './types';

const plan = makePlan({
  fromNs: 0,
  toNs: 10_000,
  fps: 30,
  pacing: { mode: 'rate', nsPerVideoSecond: 10_000 },
  marks: [],
  beatHoldS: 0,
  beatSlowS: 0,
  slowFactor: 4,
  titleS: 0,
  endHoldS: 1,
});

function fakes(frameDelayMs: (k: number) => number) {
  const rendered: number[] = [];
  const handled: number[] = [];
  const repeats: number[] = [];
  const stopped: ExportResult[] = [];
  const source: FrameSource = {
    widthPx: 10,
    heightPx: 10,
    canvas: {} as CanvasImageSource,
    renderAt: async (t) => void rendered.push(t),
    dispose: () => undefined,
  };
  const compositor = {
    layout: { program: null },
    canvas: {},
    // As the real one: the frame changes when the stage picture does (no caption or program here).
    draw: (_stage: unknown, _info: unknown, stageChanged: boolean) => stageChanged,
  } as unknown as Compositor;
  const exporter: Exporter = {
    start: async () => undefined,
    handleFrame: (_c, k, repeat) =>
      new Promise<void>((r) => {
        handled.push(k);
        if (repeat) repeats.push(k);
        setTimeout(r, frameDelayMs(k));
      }),
    stop: async (r) => void stopped.push(r),
  };
  return { source, compositor, exporter, rendered, handled, repeats, stopped };
}

describe('runExport', () => {
  it('hands every planned frame to the exporter in order, each drawn at its virtual time, then finishes', async () => {
    const f = fakes(() => 0);
    const result = await runExport({ plan, ...f, signal: new AbortController().signal });
    expect(result).toBe('finished');
    expect(f.handled).toEqual([...Array(plan.frameCount).keys()]);
    // The end hold repeats one moment: drawn once.
    expect(f.rendered.at(-1)).toBe(10_000);
    expect(new Set(f.rendered).size).toBe(f.rendered.length);
    expect(f.stopped).toEqual(['finished']);
  });

  it('a frame showing the picture of the frame before is handed over as a repeat, still at its own index', async () => {
    const f = fakes(() => 0);
    // The stage reports no change at 5 000 ns (nothing moved): that frame repeats the one before.
    f.source.renderAt = async (t) => {
      f.rendered.push(t);
      return t !== 5_000;
    };
    await runExport({ plan, ...f, signal: new AbortController().signal });
    expect(f.handled).toEqual([...Array(plan.frameCount).keys()]);
    const endHold = plan.segments.find((s) => s.kind === 'hold')!;
    const midRun = f.rendered.indexOf(5_000);
    expect(midRun).toBeGreaterThan(0);
    // The end hold's moment is drawn once: every frame of the hold after its first repeats it.
    const holdRepeats = [...Array(endHold.frames - 1).keys()].map((i) => endHold.firstFrame + 1 + i);
    expect(f.repeats).toEqual([midRun, ...holdRepeats]);
    expect(f.repeats).not.toContain(0);
  });

  it('cancel does not wait for the frame in flight, and the exporter is told to discard', async () => {
    const f = fakes((k) => (k === 3 ? 60_000 : 0));
    const ac = new AbortController();
    const done = runExport({ plan, ...f, signal: ac.signal });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    ac.abort();
    expect(await done).toBe('canceled');
    expect(Date.now() - t0).toBeLessThan(200);
    expect(f.stopped).toEqual(['canceled']);
    expect(f.handled.at(-1)).toBe(3);
  });

  it('an exporter error (a full disk) stops the export and is rethrown after cleanup', async () => {
    const f = fakes(() => 0);
    f.exporter.handleFrame = async (_c, k) => {
      if (k === 5) throw new Error('Cannot save /x.mp4: the disk is full.');
    };
    await expect(runExport({ plan, ...f, signal: new AbortController().signal })).rejects.toThrow(
      /disk is full/,
    );
    expect(f.stopped).toEqual(['error']);
  });
});
