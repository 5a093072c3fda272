import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusOfLoc } from '../core/locs';
import { EventLog } from '../log/EventLog';
import { fnBits, kindCode } from './classify';
import { factsOf } from './locFacts';
import { SourceFacts } from './SourceFacts';

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

  it('SourceFacts answers what factsOf, kindCode and fnBits do for each string id, and the same object each time', () => {
    const log = new EventLog();
    const facts = new SourceFacts(log);
    const place = fc.oneof(
      fc.constantFrom('globrunq', 'dead', 'netpoll'),
      fc
        .tuple(
          fc.constantFrom('running', 'runq', 'runnext', 'syscall', 'recvq', 'sema', 'timers'),
          fc.nat(99),
        )
        .map(([k, n]) => `${k}(${k === 'syscall' ? 'M' : k === 'recvq' ? 'ch' : 'P'}${n})`),
    );
    const kind = fc.constantFrom(
      'g.create',
      'g.move',
      'p.status',
      'm.status',
      'm.create',
      'program.exit',
      'stw',
      'output',
    );
    const fn = fc.constantFrom(
      'runtime.runqsteal',
      'runtime.gopreempt_m',
      'runtime.retake',
      'runtime.handoffp',
      'runtime.execute',
    );
    fc.assert(
      fc.property(place, kind, fn, (l, k, f) => {
        const id = log.strings.id(l);
        const got = facts.loc(id);
        expect(got).toEqual(factsOf(l));
        expect(facts.loc(id)).toBe(got);
        expect(got.status).toBe(statusOfLoc(l));
        expect(facts.kindCode(log.kinds.id(k))).toBe(kindCode(k));
        expect(facts.fnBits(log.fns.id(f))).toBe(fnBits(f));
      }),
    );
    expect(facts.loc(-1)).toEqual(factsOf('dead'));
  });
});
