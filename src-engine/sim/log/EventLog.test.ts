import { describe, expect, it } from 'vitest';
import { AT_HEAD, emptyRawEvent, EventLog, NO_ARG } from './EventLog';
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
  it('widens a chunk column when a value does not fit it, keeping every earlier value exact', () => {
    const log = new EventLog();
    const k = log.kinds.id('g.move');
    const fn = log.fns.id('runtime.execute');
    const r = log.strings.id('execute');
    const rows: [number, number, number, number, number][] = [
      [5, 1, 3, 10, 4],
      [7.5, 40_000, 70_000, 3e9 + 0.5, 100_000],
      [6e9, 2, -1, NO_ARG, 0],
      [6e9 + 1, 33_000, 1, -5, 1],
    ];
    for (const [t, m, to, arg, line] of rows) log.push(t, k, 1, 0, m, -1, to, r, fn, 0, arg, line);
    for (let seq = 0; seq < rows.length; seq++) {
      const [t, m, to, arg, line] = rows[seq] as [number, number, number, number, number];
      const raw = emptyRawEvent();
      log.raw(seq, raw);
      expect(raw).toMatchObject({ t, m, to, arg, line, from: -1 });
      expect(log.timeOf(seq)).toBe(t);
    }
    expect(log.byteSize).toBeGreaterThan(0);
  });
  it('grows its first chunk from a small start, keeping narrow and widened columns exact across every growth', () => {
    const log = new EventLog();
    const small = log.byteSize;
    expect(small).toBeLessThan(28 * 4096);
    const k = log.kinds.id('g.move');
    const fn = log.fns.id('runtime.execute');
    const r = log.strings.id('execute');
    const N = 70_000;
    // Widen `m` at 700 (before the first growth), `arg` at 3 000 and the time column at 40 000.
    const t = (i: number) => (i < 40_000 ? i * 7 : 5e9 + i + 0.5);
    const m = (i: number) => (i >= 700 ? 40_000 + i : i % 7);
    const arg = (i: number) => (i >= 3_000 ? 3e9 + i : i);
    for (let i = 0; i < N; i++) log.push(t(i), k, i, i % 5, m(i), -1, i % 9, r, fn, 0, arg(i), i % 11);
    const raw = emptyRawEvent();
    for (let i = 0; i < N; i += 37) {
      log.raw(i, raw);
      expect(raw).toEqual({
        t: t(i),
        kind: k,
        g: i,
        p: i % 5,
        m: m(i),
        from: -1,
        to: i % 9,
        reason: r,
        fn,
        at: 0,
        arg: arg(i),
        line: i % 11,
      });
    }
    expect(log.byteSize).toBeGreaterThan(28 * 65_536);
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
