import { describe, expect, it } from 'vitest';
import { deepClone } from './deepClone';

describe('deepClone (keyframes)', () => {
  it('copies plain data deeply', () => {
    const src = { a: [1, { b: 'x' }], t: new Int32Array([1, 2]) };
    const out = deepClone(src);
    expect(out).toEqual(src);
    out.a.push(3);
    (out.a[1] as { b: string }).b = 'y';
    out.t[0] = 9;
    expect(src).toEqual({ a: [1, { b: 'x' }], t: new Int32Array([1, 2]) });
  });

  it('keeps shared references shared (goroutines sharing a captured variable or a slice)', () => {
    const cell = { v: 1 };
    const backing = [0, 0, 0];
    const state = { g1: { env: [cell], s: { arr: backing } }, g2: { env: [cell], s: { arr: backing } } };
    const out = deepClone(state);
    expect(out.g1.env[0]).toBe(out.g2.env[0]);
    expect(out.g1.s.arr).toBe(out.g2.s.arr);
    expect(out.g1.env[0]).not.toBe(cell);
  });

  it('survives cycles', () => {
    const a: { self?: unknown; n: number } = { n: 1 };
    a.self = a;
    const out = deepClone(a);
    expect(out.self).toBe(out);
  });

  it('shares class instances (immutable compiled code) instead of flattening them', () => {
    class Program {
      resume(): number {
        return 1;
      }
    }
    const p = new Program();
    const out = deepClone({ body: p });
    expect(out.body).toBe(p);
    expect(out.body.resume()).toBe(1);
  });
});
