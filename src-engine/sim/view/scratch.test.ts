import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch';

describe('Scratch', () => {
  it('hands out the same memory again, grown when more is asked for', () => {
    const s = new Scratch((n) => new Int32Array(n));
    const a = s.take(10);
    a[3] = 7;
    const b = s.take(5);
    expect(b.length).toBe(5);
    // Not cleared: the caller writes what it reads.
    expect(b[3]).toBe(7);
    const c = s.take(1_000);
    expect(c.length).toBe(1_000);
    expect(s.take(10).buffer).toBe(c.buffer);
  });

  it('takeZeroed clears what the last caller left', () => {
    const s = new Scratch((n) => new Uint8Array(n));
    s.take(8).fill(9);
    expect([...s.takeZeroed(8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
