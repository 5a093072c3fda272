/**
 * A tiny structured-program builder for tests and benchmarks: helpers making the statements (sequences, loops,
 * conditionals and ops) that bodyVm.ts compiles and runs.
 *
 * @remarks
 * The scenario language replaces this for real scenarios; tests use it to build goroutine bodies quickly.
 */
import type { BodyProgram, Op, SelectCase, Value } from '../body';
import { initState, type BuilderState, type OpSource, type Stmt, type Vars } from './bodyVm';

export { body, initState, program, type BuilderState, type Stmt, type Vars } from './bodyVm';

// ---- statement helpers -------------------------------------------------------------------------------

type Num = number | ((v: Vars) => number);
const num = (x: Num, v: Vars): number => (typeof x === 'number' ? x : x(v));
type Str = string | ((v: Vars) => string);
const str = (x: Str, v: Vars): string => (typeof x === 'string' ? x : x(v));
/** Variable reference helper: `ref('ch')` reads variable `ch` as a number (a handle). */
export const ref =
  (name: string) =>
  (v: Vars): number =>
    v[name] as number;

export const op = (o: OpSource, as?: string, okAs?: string): Stmt => ({ k: 'op', op: o, as, okAs });
export const exec = (f: (v: Vars) => void): Stmt => ({ k: 'do', f });
export const loop = (
  times: number | ((v: Vars) => number),
  idx: string,
  bodyStmts: readonly Stmt[],
): Stmt => ({
  k: 'loop',
  times,
  idx,
  body: bodyStmts,
});
export const forever = (bodyStmts: readonly Stmt[]): Stmt => ({
  k: 'while',
  cond: () => true,
  body: bodyStmts,
});
export const whileDo = (cond: (v: Vars) => boolean, bodyStmts: readonly Stmt[]): Stmt => ({
  k: 'while',
  cond,
  body: bodyStmts,
});
export const ifThen = (
  cond: (v: Vars) => boolean,
  then: readonly Stmt[],
  otherwise?: readonly Stmt[],
): Stmt => (otherwise ? { k: 'if', cond, then, else: otherwise } : { k: 'if', cond, then });

/**
 * Hot helpers reuse one op object per instruction (the engine never keeps an op: see body.ts), which keeps the
 * benchmark's allocation rate close to what compiled bodies will have.
 */
type MutOp<T> = { -readonly [K in keyof T]: T[K] };
export const work = (ns: Num): Stmt => {
  const o: MutOp<Extract<Op, { op: 'work' }>> = { op: 'work', ns: 0 };
  return op((v) => ((o.ns = num(ns, v)), o));
};
/** `go` a body; `init` builds the child's variables from the parent's. */
export const go = (
  b: BodyProgram<BuilderState>,
  init: (v: Vars) => Record<string, Value | undefined> = () => ({}),
): Stmt => op((v) => ({ op: 'go', body: b as BodyProgram, state: initState(init(v)) }));
export const makechan = (as: string, cap = 0): Stmt => op({ op: 'makechan', cap }, as);
export const send = (ch: Num, value: Value | ((v: Vars) => Value) = 0): Stmt => {
  const o: MutOp<Extract<Op, { op: 'send' }>> = { op: 'send', ch: 0, value: null };
  return op((v) => ((o.ch = num(ch, v)), (o.value = typeof value === 'function' ? value(v) : value), o));
};
export const recv = (ch: Num, as?: string, okAs?: string): Stmt => {
  const o: MutOp<Extract<Op, { op: 'recv' }>> = { op: 'recv', ch: 0 };
  return op((v) => ((o.ch = num(ch, v)), o), as, okAs);
};
export const close = (ch: Num): Stmt => op((v) => ({ op: 'close', ch: num(ch, v) }));
/** `select`: the chosen case index goes to `idxAs` (-1 for default), a received value to `valueAs`. */
export const select = (
  cases: (v: Vars) => SelectCase[],
  hasDefault: boolean,
  idxAs: string,
  valueAs?: string,
  okAs?: string,
): Stmt => ({
  k: 'op',
  op: (v: Vars) => ({ op: 'select', cases: cases(v), hasDefault }),
  as: valueAs,
  okAs,
  idxAs,
});
export const newMutex = (as: string): Stmt => op({ op: 'newMutex' }, as);
export const newRWMutex = (as: string): Stmt => op({ op: 'newRWMutex' }, as);
export const newWaitGroup = (as: string): Stmt => op({ op: 'newWaitGroup' }, as);
export const newOnce = (as: string): Stmt => op({ op: 'newOnce' }, as);
export const lock = (mu: Num): Stmt => {
  const o: MutOp<Extract<Op, { op: 'lock' }>> = { op: 'lock', mu: 0 };
  return op((v) => ((o.mu = num(mu, v)), o));
};
export const unlock = (mu: Num): Stmt => {
  const o: MutOp<Extract<Op, { op: 'unlock' }>> = { op: 'unlock', mu: 0 };
  return op((v) => ((o.mu = num(mu, v)), o));
};
export const tryLock = (mu: Num, okAs: string): Stmt =>
  op((v) => ({ op: 'tryLock', mu: num(mu, v) }), undefined, okAs);
export const rlock = (mu: Num): Stmt => op((v) => ({ op: 'rlock', mu: num(mu, v) }));
export const runlock = (mu: Num): Stmt => op((v) => ({ op: 'runlock', mu: num(mu, v) }));
export const wgAdd = (wg: Num, delta: Num): Stmt =>
  op((v) => ({ op: 'wgAdd', wg: num(wg, v), delta: num(delta, v) }));
export const wgDone = (wg: Num): Stmt => wgAdd(wg, -1);
export const wgWait = (wg: Num): Stmt => op((v) => ({ op: 'wgWait', wg: num(wg, v) }));
export const sleep = (ns: Num): Stmt => {
  const o: MutOp<Extract<Op, { op: 'sleep' }>> = { op: 'sleep', ns: 0 };
  return op((v) => ((o.ns = num(ns, v)), o));
};
export const after = (ns: Num, as: string): Stmt => op((v) => ({ op: 'after', ns: num(ns, v) }), as);
export const syscall = (ns: Num): Stmt => {
  const o: MutOp<Extract<Op, { op: 'syscall' }>> = { op: 'syscall', ns: 0 };
  return op((v) => ((o.ns = num(ns, v)), o));
};
export const netRead = (ns: Num): Stmt => op((v) => ({ op: 'netRead', ns: num(ns, v) }));
export const gosched = (): Stmt => op({ op: 'gosched' });
export const gomaxprocs = (n: Num, as?: string): Stmt => op((v) => ({ op: 'gomaxprocs', n: num(n, v) }), as);
export const print = (text: Str, stream: 'stdout' | 'stderr' = 'stdout'): Stmt =>
  op((v) => ({ op: 'print', text: str(text, v), stream }));
/** Records a label (prints it on its own line): run order = output lines. */
export const rec = (label: Str): Stmt => print((v) => `${str(label, v)}\n`);
export const panicOp = (msg: string): Stmt => op({ op: 'panic', msg });
export const lockOSThread = (): Stmt => op({ op: 'lockOSThread' });

/**
 * Starts `n` goroutines running `worker` (each given the WaitGroup as `wg`; it must `wgDone(ref('wg'))`)
 * and waits for all of them: the usual shape of a test's main.
 */
export const fanOut = (n: number, worker: BodyProgram<BuilderState>): Stmt[] => [
  newWaitGroup('wg'),
  wgAdd(ref('wg'), n),
  loop(n, 'i', [go(worker, (v) => ({ wg: v['wg'] }))]),
  wgWait(ref('wg')),
];
export const unlockOSThread = (): Stmt => op({ op: 'unlockOSThread' });
export const gc = (): Stmt => op({ op: 'gc' });
export const now = (as: string): Stmt => op({ op: 'now' }, as);
