import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastIndexAtOrBefore } from './search';

describe('lastIndexAtOrBefore', () => {
  it('finds the last item at or before x, as a linear scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1 }),
        fc.integer({ min: -5, max: 60 }),
        (xs, x) => {
          const sorted = [...xs].sort((a, b) => a - b);
          let want = 0;
          for (let i = 0; i < sorted.length; i++) if ((sorted[i] as number) <= x) want = i;
          const got = lastIndexAtOrBefore(sorted, (v) => v, x);
          expect(got).toBe(want);
        },
      ),
    );
  });
});
