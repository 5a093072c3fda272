import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src-engine/sim/models/testing/runModel';
import { blockingIO, pingPong } from '../../../src-engine/sim/models/workloads';
import { generalView } from './generalView';
import { layoutGeneral, layoutGeneralFit, MAX_MODEL_SCALE } from './layoutGeneral';

describe('the model stage layout', () => {
  it('draws a historical model with cores, threads and queues and no P', () => {
    const r = runModel(pingPong(40, 3), 'per-thread-queues', { cores: 4 }, 400);
    const v = r.run.view();
    const gv = generalView(v, 'per-thread queues');
    expect(gv.cores.map((c) => c.label)).toEqual(['core 0', 'core 1', 'core 2', 'core 3']);
    const d = layoutGeneral(gv, 1200, 800, (id) => v.gs.find((g) => g.id === id)?.status ?? '_Gdead');
    expect(d.labels.some((l) => l.text === 'per-thread queues')).toBe(true);
    expect(d.labels.some((l) => l.text.startsWith('P0'))).toBe(false);
    // Every running goroutine is drawn on its core.
    const running = v.gs.filter((g) => g.status === '_Grunning').map((g) => g.id);
    for (const id of running) expect(d.tokens.some((t) => t.id === id)).toBe(true);
    for (const b of d.boxes) expect(b.x + b.w).toBeLessThanOrEqual(1200);
  });

  it('draws the Go model from its Ps and Ms', () => {
    const r = runModel(pingPong(4, 3), 'go', { cores: 2 }, 200);
    const v = r.run.view();
    const gv = generalView(v, 'Go');
    expect(gv.cores.map((c) => c.label)).toEqual(['P0', 'P1']);
    expect(gv.queues.map((q) => q.label)).toContain('globrunq');
  });

  it('sums up what does not fit instead of drawing past the stage', () => {
    const r = runModel(blockingIO(300, 50), 'one-to-one', { cores: 2 }, 3_000);
    const v = r.run.view();
    const d = layoutGeneral(generalView(v, '1:1'), 600, 400, () => '_Grunnable');
    expect(d.labels.some((l) => /more threads/.test(l.text))).toBe(true);
    expect(d.tokens.length).toBeLessThan(400);
  });

  it('magnifies a small model to fill the stage, everything inside it', () => {
    const r = runModel(pingPong(4, 3), 'n-to-1', { cores: 2 }, 60);
    const v = r.run.view();
    const gv = generalView(v, 'N:1');
    const d = layoutGeneralFit(gv, 1280, 605, () => '_Grunnable');
    expect(d.radius).toBeGreaterThan(7);
    expect(d.radius).toBeLessThanOrEqual(7 * MAX_MODEL_SCALE);
    for (const b of d.boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(1280);
      expect(b.y + b.h).toBeLessThanOrEqual(605);
    }
    // The same picture as the plain layout, only larger: as many boxes, labels and tokens.
    const plain = layoutGeneral(gv, 1280, 605, () => '_Grunnable');
    expect(d.boxes.length).toBe(plain.boxes.length);
    expect(d.tokens.length).toBe(plain.tokens.length);
  });

  it('keeps the plain layout, with its summaries, when even that does not show everything', () => {
    const r = runModel(blockingIO(300, 50), 'one-to-one', { cores: 2 }, 3_000);
    const d = layoutGeneralFit(generalView(r.run.view(), '1:1'), 600, 400, () => '_Grunnable');
    expect(d.radius).toBe(7);
    expect(d.labels.some((l) => /more threads/.test(l.text))).toBe(true);
  });
});
