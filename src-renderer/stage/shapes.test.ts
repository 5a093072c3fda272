import { describe, expect, it } from 'vitest';
import {
  circleOn,
  circlePolygon,
  circleSides,
  cornerSegments,
  curveModeFor,
  roundRectOn,
  roundRectPolygon,
  useCurves,
} from './shapes';

describe('circlePolygon', () => {
  it('stays within 0.1 px of the circle it stands for, with 16 to 64 sides', () => {
    for (const r of [2, 4, 6, 10, 14, 19, 30, 60, 200]) {
      const n = circleSides(r);
      expect(n).toBeGreaterThanOrEqual(16);
      expect(n).toBeLessThanOrEqual(64);
      if (n < 64) expect(r * (1 - Math.cos(Math.PI / n))).toBeLessThan(0.1);
      const pts = circlePolygon(3, 4, r);
      expect(pts).toHaveLength(2 * n);
      for (let i = 0; i < n; i++) expect(Math.hypot(pts[2 * i]! - 3, pts[2 * i + 1]! - 4)).toBeCloseTo(r, 9);
    }
  });

  it("has a third of the points of Pixi's own circle for a token (fewer triangles to rasterise)", () => {
    // Pixi 8 builds a circle of radius r from 8 ⌈2.3 √(2r)⌉ points: 88 for a 10 px token.
    const pixiPoints = (r: number) => 8 * Math.ceil(2.3 * Math.sqrt(2 * r));
    for (const r of [4, 6, 10, 13]) expect(3 * circleSides(r)).toBeLessThanOrEqual(pixiPoints(r));
  });
});

describe('roundRectPolygon', () => {
  it("fills the rectangle, corners within 0.15 px of their arcs, with a third of the points of Pixi's", () => {
    for (const [w, h, r] of [
      [300, 200, 8],
      [40, 20, 4],
      [100, 12, 10],
      [50, 50, 0],
    ] as const) {
      const pts = roundRectPolygon(10, 20, w, h, r);
      const xs = pts.filter((_, i) => i % 2 === 0);
      const ys = pts.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeCloseTo(10, 9);
      expect(Math.max(...xs)).toBeCloseTo(10 + w, 9);
      expect(Math.min(...ys)).toBeCloseTo(20, 9);
      expect(Math.max(...ys)).toBeCloseTo(20 + h, 9);
      const radius = Math.min(r, w / 2, h / 2);
      if (radius === 0) {
        expect(pts).toHaveLength(8);
        continue;
      }
      const k = cornerSegments(radius);
      expect(pts).toHaveLength(8 * (k + 1));
      expect(radius * (1 - Math.cos(Math.PI / 4 / k))).toBeLessThan(0.15);
      // Pixi 8: 2 ⌈2.3 √(2r)⌉ points per corner.
      expect(3 * (k + 1)).toBeLessThanOrEqual(2 * Math.ceil(2.3 * Math.sqrt(2 * radius)) + 2);
    }
  });
});

/** A stand-in for a Pixi Graphics: records the shapes it is given. */
class Recorder {
  readonly calls: string[] = [];
  circle(x: number, y: number, r: number): this {
    this.calls.push(`circle ${x} ${y} ${r}`);
    return this;
  }
  roundRect(x: number, y: number, w: number, h: number, r?: number): this {
    this.calls.push(`roundRect ${x} ${y} ${w} ${h} ${r}`);
    return this;
  }
  poly(points: number[], close?: boolean): this {
    this.calls.push(`poly ${points.length / 2} ${close}`);
    return this;
  }
}

describe('curve modes: Canvas 2D draws native curves, WebGL the low-count polygons', () => {
  it('picks native curves for the canvas renderer only', () => {
    expect(curveModeFor('canvas')).toBe('native');
    expect(curveModeFor('webgl')).toBe('polygon');
    expect(curveModeFor('webgpu')).toBe('polygon');
  });

  it('circleOn and roundRectOn add one native shape each in native mode', () => {
    useCurves('native');
    const g = new Recorder();
    circleOn(g, 1, 2, 10);
    roundRectOn(g, 0, 0, 100, 6, 8);
    expect(g.calls).toEqual(['circle 1 2 10', 'roundRect 0 0 100 6 3']);
    useCurves('polygon');
  });

  it('add the polygons of circlePolygon and roundRectPolygon in polygon mode', () => {
    useCurves('polygon');
    const g = new Recorder();
    circleOn(g, 1, 2, 10);
    roundRectOn(g, 0, 0, 100, 60, 8);
    expect(g.calls).toEqual([
      `poly ${circleSides(10)} true`,
      `poly ${roundRectPolygon(0, 0, 100, 60, 8).length / 2} true`,
    ]);
  });
});
