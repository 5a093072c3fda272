import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../../src-engine/sim/events';
import { Flashes, type Ring } from './Flashes';
import type { StageLayout } from './layout';

/** The rings as the shapes they are drawn as (card or token at a place), with their alpha and colour. */
function shapesOf(rings: readonly Ring[]): { shape: string; alpha: number; color: number }[] {
  return rings.map((r) => ({
    shape: r.card ? `card@${r.card.x - 3},${r.card.y - 3}` : `token@${r.token!.at.x},${r.token!.at.y}`,
    alpha: r.alpha,
    color: r.color,
  }));
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
    const { rings, kinds } = f.rings(layout, () => undefined, 50_000);
    const shapes = shapesOf(rings);
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
    const at = (id: number) => (id === 7 ? { x: 5, y: 6 } : undefined);
    const shapes = shapesOf(f.rings(layout, at, 1_250).rings);
    expect(shapes).toEqual([
      { shape: 'card@197,-3', alpha: 0.75, color: expect.any(Number) },
      { shape: 'token@5,6', alpha: 0.75, color: expect.any(Number) },
    ]);
    // Same time, same drawing; outside its span, nothing.
    expect(shapesOf(f.rings(layout, at, 1_250).rings)).toEqual(shapes);
    expect(f.rings(layout, () => undefined, 2_000)).toEqual({ rings: [], kinds: [] });
  });

  it('rings only the goroutines drawn, in the order their place first lit up, among thousands not drawn', () => {
    const f = new Flashes();
    // 5 000 hand-offs on goroutines 0…4 999 (P0 and P1 in turn); only G10, G4000 and G3 have a token.
    f.add(
      Array.from({ length: 5_000 }, (_, i) => handoff(i, i % 2, i)),
      100_000,
    );
    const drawn = new Map([
      [10, { x: 1, y: 1 }],
      [4000, { x: 2, y: 2 }],
      [3, { x: 3, y: 3 }],
    ]);
    const { rings, kinds } = f.rings(layout, (id) => drawn.get(id), 50_000);
    expect(rings.map((r) => r.key)).toEqual([
      'p0:handoff',
      'p1:handoff',
      'g3:handoff',
      'g10:handoff',
      'g4000:handoff',
    ]);
    expect(kinds).toEqual(['handoff']);
    // Each token ring has its own highlight's alpha (one highlight per goroutine).
    const g3 = rings.find((r) => r.key === 'g3:handoff')!;
    expect(g3.alpha).toBeCloseTo(1 - (50_000 - 3) / 100_000, 12);
    expect(g3.token).toEqual({ at: { x: 3, y: 3 }, radius: 19 });
    // A small dot of a long queue gets a ring close around it, not a full-size one.
    const dot = f.rings(layout, (id) => (id === 3 ? { x: 3, y: 3, radius: 4 } : undefined), 50_000);
    expect(dot.rings.find((r) => r.key === 'g3:handoff')!.token).toEqual({ at: { x: 3, y: 3 }, radius: 8 });
  });

  it('knows when its last highlight ends without searching them, and forgets it on a jump', () => {
    const f = new Flashes();
    expect(f.endsNs).toBe(-Infinity);
    f.add([handoff(5_000, 0), handoff(1_000, 1), { seq: 9, t: 9_000, kind: 'g.move' } as SchedEvent], 1_000);
    // The move lights nothing: the last highlight is the hand-off at 5 000.
    expect(f.endsNs).toBe(6_000);
    f.clear();
    expect(f.endsNs).toBe(-Infinity);
  });
});
