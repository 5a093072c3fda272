/**
 * Run-time data of compiled scenario programs.
 *
 * @remarks
 * Everything a goroutine keeps is plain data (arrays and plain objects), so the engine can deep-clone it for
 * keyframes: {@link GoroutineState}, its {@link Frame}s, {@link SliceVal}, {@link FuncVal} and {@link Cell}s.
 * Aliasing is meaningful (a slice's backing array, a captured variable's cell, the globals array are shared)
 * and the engine's deep clone preserves it. Code ({@link Instr}, {@link FuncCode}) is immutable and shared.
 */
import type { Op, ResumeInput } from '../../../sim/body';
import type { Box } from './rtypes';

/**
 * A Go value at run time. Its JS shape follows the static type the checker gave it: number (integers,
 * durations, times, channel/sync/timer handles, struct{}), boolean, string (a "byte string": one char per
 * UTF-8 byte, so len/index/slice are Go's), {@link SliceVal} | null, {@link FuncVal} | null.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- values are dynamically shaped by static types
export type RV = any;

/** A variable captured by a closure: a one-element array shared by every closure that captures it. */
export type Cell = [RV];

/** A slice header: backing array, offset, length, capacity. Headers are never mutated once built. */
export interface SliceVal {
  readonly a: RV[];
  readonly o: number;
  readonly l: number;
  readonly c: number;
}

/** A func value: index of its code plus the captured cells (null for top-level functions). */
export interface FuncVal {
  readonly f: number;
  readonly e: Cell[] | null;
}

/** A deferred call: the function value and its already-evaluated arguments. */
export interface DeferRec {
  readonly fn: FuncVal;
  readonly args: RV[];
}

/** One activation of a function. */
export interface Frame {
  /** Index of the function's {@link FuncCode}. */
  fn: number;
  /** Next instruction; 0 is the function's unwind instruction (the frame is unwinding a panic). */
  pc: number;
  /** Registers: parameters first, then results, locals and temporaries. */
  r: RV[];
  /** Captured cells of a closure. */
  e: Cell[] | null;
  /** Deferred calls, run LIFO. */
  d: DeferRec[] | null;
  /** 1 for a deferred call run by a panicking frame: only there does `recover` stop the panic. */
  p?: number;
  /** Caller register receiving the first result, or -1 to discard the results. */
  dst: number;
  /** The program's globals (shared by every frame of every goroutine). */
  gl: RV[];
}

/** The state of one goroutine (what the engine passes back to `resume`). */
export interface GoroutineState {
  /** Call stack; the last frame runs. Empty once the goroutine is finished. */
  fr: Frame[];
  /** Statement steps executed but not yet charged to the engine as a `work` op. */
  acc: number;
  /** 1 while the instruction at the top frame's pc waits for its op's result, else 0. */
  sus: number;
  /** Source line of the last op (1-based). */
  line: number;
  /** Line of the last instruction seen while line breakpoints are set (to notice entering a line). */
  bl: number;
  /** The first line-breakpoint line reached since the engine last asked (BodyProgram.lineHit), or 0. */
  hit: number;
  /** The panic message while unwinding (or after), else null. */
  pan: string | null;
  /** The panic value while unwinding (what `recover` returns), else null. */
  pv: Box | null;
  /**
   * The message of a recovered panic whose deferred call has not returned yet (`boom [recovered]`): a new
   * panic meanwhile prints it first, as Go does. Null otherwise.
   */
  prec: string | null;
  /** 1 once `runtime.Goexit` started unwinding (the deferred calls run, then the goroutine ends), else 0. */
  gx: number;
  /** The program's globals. */
  gl: RV[];
}

/** Status returned by an instruction's `run`: keep going, the frame stack changed, or the goroutine ended. */
export const CONT = 0;
/** The frame stack changed (call, return, unwinding). */
export const FRAMES = 1;
/** The goroutine's last frame returned. */
export const DONE = 2;

/** A pure closure over a frame: evaluates an expression without blocking (it may throw a {@link GoPanic}). */
export type E = (f: Frame) => RV;

/** One instruction of a compiled function. Exactly one of `run` and `op` is set. */
export interface Instr {
  /** A step without a runtime request; returns CONT, FRAMES or DONE. */
  readonly run: ((g: GoroutineState, f: Frame) => number) | null;
  /** A runtime request; null when none is needed after all (e.g. a sync value that already exists). */
  readonly op: ((g: GoroutineState, f: Frame) => Op | null) | null;
  /** Consumes the op's result. */
  readonly after: ((g: GoroutineState, f: Frame, input: Readonly<ResumeInput>) => void) | null;
  /** Statement steps this instruction costs (ops are charged by the engine instead). */
  readonly w: number;
  /** Source line (1-based). */
  readonly line: number;
  /**
   * True for an unconditional jump to itself (`for {}`): a step that changes nothing, so the interpreter may
   * run its iterations up to the next flush in one go (same steps, same flush points, same event log).
   */
  readonly spin?: true;
}

/** A compiled function (declaration, literal or synthetic wrapper). */
export interface FuncCode {
  /** Go's name for tracebacks, e.g. `main.worker`, `main.main.func1`. */
  readonly name: string;
  /** Instructions; index 0 is the unwind instruction, entry is at 1. */
  code: Instr[];
  /** Number of registers. */
  nregs: number;
  /** Registers of the results, in order; `resultCell[i]` when the result lives in a cell (captured). */
  results: number[];
  resultCell: boolean[];
}

/** A Go panic raised by a pure step; the interpreter turns it into unwinding. */
export class GoPanic extends Error {
  constructor(
    readonly msg: string,
    /** The panic value for `recover`; runtime errors carry none (recover gives their message). */
    readonly value: Box | null = null,
  ) {
    super(msg);
  }
}

/** Raises `panic: runtime error: <what>`. */
export function runtimeError(what: string): never {
  throw new GoPanic(`runtime error: ${what}`);
}

/** Go's message for a nil pointer dereference (the signal line has no stable address in real Go either). */
export const NIL_DEREF =
  'runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]';

/** A goroutine state with no frames yet, over the globals `gl`. */
export function freshGoroutine(gl: RV[]): GoroutineState {
  return { fr: [], acc: 0, sus: 0, line: 0, bl: 0, hit: 0, pan: null, pv: null, prec: null, gx: 0, gl };
}
