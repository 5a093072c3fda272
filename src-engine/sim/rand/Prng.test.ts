import { describe, expect, it } from 'vitest';
import { forkStream, nextN, nextU32, prngFromSeed } from './Prng';

describe('Prng (Mulberry32 with forked streams)', () => {
  it('is deterministic for a seed', () => {
    const a = prngFromSeed(42);
    const b = prngFromSeed(42);
    const xs = Array.from({ length: 20 }, () => nextU32(a));
    const ys = Array.from({ length: 20 }, () => nextU32(b));
    expect(xs).toEqual(ys);
    expect(new Set(xs).size).toBe(20);
  });
  it('forked streams differ by name and seed', () => {
    expect(nextU32(forkStream(1, 'steal'))).not.toBe(nextU32(forkStream(1, 'select')));
    expect(nextU32(forkStream(1, 'steal'))).not.toBe(nextU32(forkStream(2, 'steal')));
  });
  it('nextN is roughly uniform and in range', () => {
    const st = prngFromSeed(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const v = nextN(st, 4);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(9_400);
  });
});
