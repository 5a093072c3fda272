import { describe, expect, it } from 'vitest';
import { SharedContexts, SharedLook } from './sharedContexts';

/** A stand-in context that records whether it was destroyed. */
const context = () => ({
  destroyed: false,
  destroy() {
    this.destroyed = true;
  },
});

describe('SharedContexts', () => {
  it('builds one context per look however many shapes show it (100 000 goroutines: tokens of a few looks)', () => {
    const shared = new SharedContexts<ReturnType<typeof context>>();
    const looks = Array.from({ length: 5_000 }, () => new SharedLook(shared));
    for (const [i, look] of looks.entries()) look.use(i % 3 === 0 ? 'runnable|6' : 'waiting|6', context);
    expect(shared.built).toBe(2);
    // Swapping between looks a shape already had costs nothing new either.
    for (const look of looks) look.use('running|6', context);
    for (const look of looks) look.use('waiting|6', context);
    expect(shared.built).toBe(3);
    expect(looks[0]!.use('waiting|6', context)).toBeUndefined();
  });

  it('keeps unused contexts up to its idle limit, then destroys the longest unused, never one in use', () => {
    const shared = new SharedContexts<ReturnType<typeof context>>(2);
    const made = new Map<string, ReturnType<typeof context>>();
    const build = (key: string) => () => {
      const c = context();
      made.set(key, c);
      return c;
    };
    const look = new SharedLook(shared);
    const other = new SharedLook(shared);
    other.use('kept', build('kept'));
    for (const key of ['a', 'b', 'c', 'd']) look.use(key, build(key));
    // a, b and c were let go in that order; with 2 idle allowed, a went.
    expect(made.get('a')!.destroyed).toBe(true);
    expect([...'bcd'].map((k) => made.get(k)!.destroyed)).toEqual([false, false, false]);
    expect(made.get('kept')!.destroyed).toBe(false);
    look.use('b', build('b2'));
    expect(made.has('b2')).toBe(false);
    expect(shared.size).toBe(4);
  });
});
