import { describe, expect, it } from 'vitest';
import {
  body,
  close,
  exec,
  go,
  gosched,
  loop,
  makechan,
  newWaitGroup,
  op,
  rec,
  recv,
  ref,
  select,
  send,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../testing/bodyBuilder';
import { runProgram } from '../testing/run';

const pass = (v: Record<string, unknown>) => ({
  ch: v.ch as number,
  wg: v.wg as number,
  i: (v.i as number) ?? 0,
});

describe('chansend/chanrecv (runtime.send, runtime.recv) and ready → runnext', () => {
  it('S04 a woken receiver takes runnext and displaces the previous runnext: [main R X1 X2]', () => {
    const R = body('main.R', [recv(ref('ch')), rec('R'), wgDone(ref('wg'))]);
    const X = (name: string) => body(`main.${name}`, [rec(name), wgDone(ref('wg'))]);
    const r = runProgram([
      makechan('ch'),
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 3),
      go(R, pass),
      gosched(),
      go(X('X1'), pass),
      go(X('X2'), pass),
      send(ref('ch'), 1),
      rec('main'),
      wgWait(ref('wg')),
    ]);
    expect(r.lines).toEqual(['main', 'R', 'X1', 'X2']);
    const wake = r.events.find((e) => e.fn === 'runtime.send');
    expect(wake?.from).toMatch(/^recvq\(ch\d+\)$/);
    expect(wake?.to).toBe('runnext(P0)');
  });

  it('S05 unbuffered send with no receiver parks the sender: [Y recv main]', () => {
    const R = body('main.R', [recv(ref('ch')), rec('recv'), wgDone(ref('wg'))]);
    const Y = body('main.Y', [rec('Y'), wgDone(ref('wg'))]);
    const r = runProgram([
      makechan('ch'),
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 2),
      go(R, pass),
      go(Y, pass),
      send(ref('ch'), 1),
      rec('main'),
      wgWait(ref('wg')),
    ]);
    expect(r.lines).toEqual(['Y', 'recv', 'main']);
    expect(r.events.some((e) => e.g === 1 && e.to?.startsWith('sendq') && e.reason === 'chan send')).toBe(
      true,
    );
  });

  it('S08 buffered channel with a blocked sender keeps FIFO order (sender value moves into the freed slot)', () => {
    const S = body('main.S', [send(ref('ch'), 3), rec('S sent')]);
    const r = runProgram([
      makechan('ch', 2),
      send(ref('ch'), 1),
      send(ref('ch'), 2),
      go(S, pass),
      gosched(),
      recv(ref('ch'), 'x'),
      rec((v) => `got ${String(v.x)}`),
      recv(ref('ch'), 'x'),
      rec((v) => `got ${String(v.x)}`),
      recv(ref('ch'), 'x'),
      rec((v) => `got ${String(v.x)}`),
      gosched(),
    ]);
    expect(r.lines).toEqual(['got 1', 'got 2', 'got 3', 'S sent']);
    const ready = r.events.find((e) => e.fn === 'runtime.recv');
    expect(ready?.to).toBe('runnext(P0)');
  });

  it('S08 a closed channel still delivers buffered values before ok == false', () => {
    const r = runProgram([
      makechan('ch', 2),
      send(ref('ch'), 1),
      send(ref('ch'), 2),
      close(ref('ch')),
      loop(3, 'i', [recv(ref('ch'), 'x', 'ok'), rec((v) => `${String(v.x)} ${String(v.ok)}`)]),
    ]);
    expect(r.lines).toEqual(['1 true', '2 true', 'null false']);
  });
});

describe('closechan (runtime.closechan)', () => {
  it('S06 close wakes R1, Rn..R2 on one P, all with ok == false', () => {
    const R = body('main.R', [
      recv(ref('ch'), 'x', 'ok'),
      rec((v) => `${String(v.i)} ${String(v.ok)}`),
      wgDone(ref('wg')),
    ]);
    const r = runProgram([
      makechan('ch'),
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 4),
      loop(4, 'i', [go(R, (v) => ({ ch: v.ch, wg: v.wg, i: (v.i as number) + 1 })), gosched()]),
      close(ref('ch')),
      wgWait(ref('wg')),
    ]);
    expect(r.lines).toEqual(['1 false', '4 false', '3 false', '2 false']);
  });

  it('waking a blocked sender on close makes it panic "send on closed channel" (exit status 2)', () => {
    const S = body('main.S', [send(ref('ch'), 1)]);
    const r = runProgram([makechan('ch'), go(S, pass), gosched(), close(ref('ch')), gosched(), work(1000)]);
    expect(r.stderr).toMatch(/^panic: send on closed channel\n\ngoroutine 6 \[running\]:\n/);
    expect(r.run.exit?.code).toBe(2);
  });
});

describe('selectgo (runtime.selectgo)', () => {
  it('S09 chooses uniformly among ready cases (seeded)', () => {
    const n = 4000;
    const r = runProgram(
      [
        makechan('a', 1),
        makechan('b', 1),
        exec((v) => void ((v.na = 0), (v.nb = 0))),
        loop(n, 'i', [
          send(ref('a'), 1),
          send(ref('b'), 2),
          select(
            (v) => [
              { dir: 'recv', ch: v.a as number },
              { dir: 'recv', ch: v.b as number },
            ],
            false,
            'idx',
          ),
          exec((v) => {
            if (v.idx === 0) v.na = (v.na as number) + 1;
            else v.nb = (v.nb as number) + 1;
          }),
          select(
            (v) => [
              { dir: 'recv', ch: v.a as number },
              { dir: 'recv', ch: v.b as number },
            ],
            false,
            'idx',
          ),
        ]),
        rec((v) => `${String(v.na)} ${String(v.nb)}`),
      ],
      { seed: 42 },
    );
    const [na, nb] = (r.lines[0] ?? '').split(' ').map(Number);
    expect((na as number) + (nb as number)).toBe(n);
    expect(na).toBeGreaterThan(n * 0.45);
    expect(nb).toBeGreaterThan(n * 0.45);
  });
  it('S09 select with default and nothing ready returns at once without parking', () => {
    const r = runProgram([
      makechan('a'),
      select((v) => [{ dir: 'recv', ch: v.a as number }], true, 'idx'),
      rec((v) => `idx ${String(v.idx)}`),
    ]);
    expect(r.lines).toEqual(['idx -1']);
    expect(r.events.some((e) => e.g === 1 && e.kind === 'g.move' && e.to?.startsWith('select'))).toBe(false);
  });
  it('S09 select {} parks forever with "select (no cases)"; only-nil cases park with "select"', () => {
    const a = runProgram([op({ op: 'select', cases: [], hasDefault: false })]);
    expect(a.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\n',
    );
    const b = runProgram([op({ op: 'select', cases: [{ dir: 'recv', ch: 0 }], hasDefault: false })]);
    expect(b.stderr).toContain('goroutine 1 [select]:');
  });
  it('a blocked select is completed by exactly one partner and leaves the other queues', () => {
    const S = body('main.S', [send(ref('a'), 7)]);
    const T = body('main.T', [send(ref('b'), 8)]);
    const r = runProgram([
      makechan('a'),
      makechan('b'),
      go(S, (v) => ({ a: v.a })),
      go(T, (v) => ({ b: v.b })),
      select(
        (v) => [
          { dir: 'recv', ch: v.a as number },
          { dir: 'recv', ch: v.b as number },
        ],
        false,
        'idx',
        'x',
      ),
      rec((v) => `${String(v.idx)} ${String(v.x)}`),
      recv(ref('a'), 'y'),
      rec((v) => String(v.y)),
    ]);
    // main parks in the select; T (runnext) completes it on b; S then blocks on a (main left a's recvq).
    expect(r.run.exit?.code).toBe(0);
    expect(r.lines).toEqual(['1 8', '7']);
  });
  it('nil channel receive parks forever ("chan receive (nil chan)")', () => {
    const r = runProgram([recv(0)]);
    expect(r.stderr).toContain('goroutine 1 [chan receive (nil chan)]:');
  });
});
