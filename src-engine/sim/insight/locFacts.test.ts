import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusOfLoc } from '../core/locs';
import { factsOf, LocFactsCache } from './locFacts';

describe('LocFacts: what the event index reads of a location, once per location', () => {
  it('reads running slots, run queues, the global queue, syscalls and dead', () => {
    expect(factsOf('running(P2)')).toMatchObject({
      running: true,
      runningP: 2,
      runqP: -1,
      status: '_Grunning',
    });
    expect(factsOf('runq(P13)')).toMatchObject({ running: false, runqP: 13, status: '_Grunnable' });
    expect(factsOf('runnext(P0)')).toMatchObject({ runqP: 0, status: '_Grunnable' });
    expect(factsOf('globrunq')).toMatchObject({ global: true, runqP: -1, status: '_Grunnable' });
    expect(factsOf('syscall(M4)')).toMatchObject({ syscall: true, status: '_Gsyscall' });
    expect(factsOf('dead')).toMatchObject({ dead: true, status: '_Gdead' });
    expect(factsOf('recvq(ch3)')).toMatchObject({ running: false, runqP: -1, status: '_Gwaiting' });
  });

  it('the cache answers exactly what factsOf does, and the same object each time', () => {
    const cache = new LocFactsCache();
    const place = fc.oneof(
      fc.constantFrom('globrunq', 'dead', 'netpoll'),
      fc
        .tuple(
          fc.constantFrom('running', 'runq', 'runnext', 'syscall', 'recvq', 'sema', 'timers'),
          fc.nat(99),
        )
        .map(([k, n]) => `${k}(${k === 'syscall' ? 'M' : k === 'recvq' ? 'ch' : 'P'}${n})`),
    );
    fc.assert(
      fc.property(place, (l) => {
        const f = cache.of(l);
        expect(f).toEqual(factsOf(l));
        expect(cache.of(l)).toBe(f);
        expect(f.status).toBe(statusOfLoc(l));
      }),
    );
  });
});
