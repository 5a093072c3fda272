import type { Graphics } from 'pixi.js';
import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../../src-engine/sim/events';
import { Flashes } from './Flashes';
import type { StageLayout } from './layout';

/** Records the shapes drawn into it, with the stroke each got. */
function recorder(): { g: Graphics; shapes: { shape: string; alpha: number; color: number }[] } {
  const shapes: { shape: string; alpha: number; color: number }[] = [];
  let shape = '';
  const g = {
    roundRect: (x: number, y: number) => ((shape = `card@${x},${y}`), g),
    circle: (x: number, y: number) => ((shape = `token@${x},${y}`), g),
    stroke: (s: { alpha: number; color: number }) => (
      shapes.push({ shape, alpha: s.alpha, color: s.color }),
      g
    ),
  };
  return { g: g as unknown as Graphics, shapes };
}

const layout = {
  token: 10,
  ps: [
    { x: 0, y: 0, w: 100, h: 100 },
    { x: 200, y: 0, w: 100, h: 100 },
  ],
} as unknown as StageLayout;

const handoff = (t: number, p: number, g?: number): SchedEvent =>
  ({
    seq: t,
    t,
    kind: 'p.status',
    fn: 'runtime.handoffp',
    p,
    ...(g !== undefined ? { g } : {}),
  }) as SchedEvent;

describe('Flashes', () => {
  it('draws one ring per P card and kind however many highlights overlap (100 000 goroutines: thousands)', () => {
    const f = new Flashes();
    const events = Array.from({ length: 10_000 }, (_, i) => handoff(i, i % 2));
    f.add(events, 100_000);
    const { g, shapes } = recorder();
    const kinds = f.draw(g, layout, () => undefined, 50_000);
    expect(kinds).toEqual(['handoff']);
    expect(shapes.map((s) => s.shape)).toEqual(['card@-3,-3', 'card@197,-3']);
    // Overlapping rings of one colour blend to 1 - Π(1 - alpha): the single ring gets that alpha.
    let clear = 1;
    for (const e of events.filter((e) => e.p === 0))
      clear *= 1 - Math.min(1, (e.t + 100_000 - 50_000) / 100_000);
    expect(shapes[0]!.alpha).toBeCloseTo(1 - clear, 12);
  });

  it('draws a lone highlight exactly as before: its card and its token, alpha fading with virtual time', () => {
    const f = new Flashes();
    f.add([handoff(1_000, 1, 7)], 1_000);
    const { g, shapes } = recorder();
    f.draw(g, layout, (id) => (id === 7 ? { x: 5, y: 6 } : undefined), 1_250);
    expect(shapes).toEqual([
      { shape: 'card@197,-3', alpha: 0.75, color: expect.any(Number) },
      { shape: 'token@5,6', alpha: 0.75, color: expect.any(Number) },
    ]);
    // Same time, same drawing; outside its span, nothing.
    const again = recorder();
    f.draw(again.g, layout, (id) => (id === 7 ? { x: 5, y: 6 } : undefined), 1_250);
    expect(again.shapes).toEqual(shapes);
    const after = recorder();
    expect(f.draw(after.g, layout, () => undefined, 2_000)).toEqual([]);
    expect(after.shapes).toEqual([]);
  });
});
