import { describe, expect, it } from 'vitest';
import { AT_HEAD, EventLog, NO_ARG } from './EventLog';
import { Interner } from './Interner';

describe('EventLog (columnar, chunked)', () => {
  it('round-trips events across chunk boundaries and materialises only present fields', () => {
    const log = new EventLog();
    const k = log.kinds.id('g.move');
    const fn = log.fns.id('runtime.execute');
    const from = log.strings.id('runq(P1)');
    const to = log.strings.id('running(P1)');
    const r = log.strings.id('execute');
    for (let i = 0; i < 70_000; i++)
      log.push(i * 10, k, i, 1, 2, from, to, r, fn, i % 2 ? AT_HEAD : 0, i, i % 3);
    expect(log.length).toBe(70_000);
    expect(log.get(66_000)).toEqual({
      seq: 66_000,
      t: 660_000,
      kind: 'g.move',
      g: 66_000,
      p: 1,
      m: 2,
      from: 'runq(P1)',
      to: 'running(P1)',
      reason: 'execute',
      fn: 'runtime.execute',
      arg: 66_000,
    });
    expect(log.get(1).at).toBe('head');
    log.push(1, k, -1, -1, -1, -1, -1, r, fn, 0, NO_ARG, 0);
    const e = log.get(70_000);
    expect(e.g).toBeUndefined();
    expect(e.from).toBeUndefined();
    expect(e.arg).toBeUndefined();
    expect(() => log.get(70_001)).toThrow(RangeError);
  });
  it('Interner refuses more ids than its column can hold', () => {
    const i = new Interner(2);
    i.id('a');
    i.id('b');
    i.id('c');
    expect(i.id('a')).toBe(0);
    expect(() => i.id('d')).toThrow(/too many distinct strings/);
  });
});
