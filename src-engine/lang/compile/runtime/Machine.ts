/**
 * The interpreter: runs a goroutine's compiled instructions until its next runtime request and returns it as
 * an engine {@link Op}. One Machine per compiled program; its code is immutable once compiled.
 *
 * @remarks
 * Step costs are not charged one op per step: the steps run since the last op accumulate in
 * `GoroutineState.acc` and are charged as one `work` op of `acc × stepNs` right before the next op, or as
 * soon as `flushSteps` steps have accumulated (so async preemption can stop a long loop between steps).
 */
import type { BodyProgram, CpuClock, Op, ResumeInput } from '../../../sim/body';
import { OutOfMemoryError } from '../../../sim/limits';
import { fatalOf } from './memory';
import { panicValue } from './recover';
import {
  CONT,
  DONE,
  type Cell,
  type Frame,
  type FuncCode,
  type FuncVal,
  freshGoroutine,
  GoPanic,
  type GoroutineState,
  type Instr,
  type RV,
  NIL_DEREF,
} from './types';

/** Deepest call stack before the goroutine dies like Go's stack overflow (1 GB of stack in real Go). */
export const MAX_CALL_DEPTH = 100_000;

const EXIT: Op = { op: 'exit' };
/** The op the host frame of {@link Machine.callSync} returns once the called method has returned. */
const HOST_DONE: Op = { op: 'exit' };
const HOST_RETURN: Instr = { run: null, op: () => HOST_DONE, after: null, w: 0, line: 0 };
const HOST_UNWIND: Instr = { run: () => DONE, op: null, after: null, w: 0, line: 0 };
const GOEXIT: Op = { op: 'goexit' };

/** Timing parameters of a machine. */
export interface MachineTiming {
  /** Cost of one statement step, ns (the engine's `statementStepNs`). */
  readonly stepNs: number;
  /** Steps after which accumulated work is flushed even without an op. */
  readonly flushSteps: number;
}

/**
 * A function of a compiled program as a {@link BodyProgram}. A class, so the engine's calls of `resume`,
 * `line` and `lineHit` reach the same three functions for every function of every program (closures made per
 * body made those call sites polymorphic, each a generic call the optimiser could not inline).
 */
class MachineBody implements BodyProgram<GoroutineState> {
  constructor(
    readonly name: string,
    private readonly machine: Machine,
  ) {}

  resume(s: GoroutineState, input: Readonly<ResumeInput>, cpu?: CpuClock): Op {
    return this.machine.resume(s, input, cpu);
  }

  line(s: GoroutineState): number | undefined {
    return s.line > 0 ? s.line : undefined;
  }

  lineHit(s: GoroutineState): number {
    const h = s.hit;
    s.hit = 0;
    return h;
  }
}

/** The interpreter of one compiled program (see the module comment). */
export class Machine {
  /** Every compiled function; index = `FuncVal.f`. */
  readonly fns: FuncCode[] = [];
  private readonly bodies: BodyProgram<GoroutineState>[] = [];
  /** Statement steps executed by every goroutine so far (a statistic for benchmarks; never read by code). */
  steps = 0;
  /** The flush's `work` op, refilled each time: the engine reads an op only while carrying it out (body.ts). */
  private readonly flushOp = { op: 'work' as const, ns: 0 };
  /** Lines with a line breakpoint (1 = set), or null when none is set (the interpreter's loop then skips the check). */
  private lineBreaks: Uint8Array | null = null;

  constructor(readonly timing: MachineTiming) {}

  /** The body program that starts a goroutine in function `fn` (one shared object per function). */
  body(fn: number): BodyProgram<GoroutineState> {
    let b = this.bodies[fn];
    if (b === undefined) {
      const code = this.fns[fn];
      b = new MachineBody(code === undefined ? `fn${fn}` : code.name, this);
      this.bodies[fn] = b;
    }
    return b;
  }

  /** Sets the lines a goroutine reports when it reaches them (see `GoProgram.setLineBreaks`). */
  setLineBreaks(lines: readonly number[]): void {
    const ok = lines.filter((l) => Number.isInteger(l) && l > 0 && l < 1 << 20);
    if (ok.length === 0) {
      this.lineBreaks = null;
      return;
    }
    const b = new Uint8Array(Math.max(...ok) + 1);
    for (const l of ok) b[l] = 1;
    this.lineBreaks = b;
  }

  /** A new goroutine's state: one frame of `fn` with `args` in its parameter registers. */
  newGoroutine(gl: RV[], fn: FuncVal, args: readonly RV[]): GoroutineState {
    const g = freshGoroutine(gl);
    this.pushFrame(g, fn, args, -1);
    return g;
  }

  /** Pushes a frame calling `fn` with `args`; results go to caller register `dst` (-1: discarded). */
  pushFrame(g: GoroutineState, fn: FuncVal | null, args: readonly RV[], dst: number): Frame {
    if (fn === null) throw new GoPanic(NIL_DEREF);
    const code = this.fns[fn.f] as FuncCode;
    if (g.fr.length >= MAX_CALL_DEPTH) {
      throw new GoPanic(
        `scenario limit: goroutine stack exceeds ${MAX_CALL_DEPTH} nested calls (stack overflow)`,
      );
    }
    const r = new Array<RV>(code.nregs);
    for (let i = 0; i < args.length; i++) r[i] = args[i];
    const f: Frame = { fn: fn.f, pc: 1, r, e: fn.e, d: null, dst, gl: g.gl };
    g.fr.push(f);
    return f;
  }

  /** Returns from the top frame: copies its results to the caller. DONE when the goroutine ends. */
  popFrame(g: GoroutineState, f: Frame): number {
    g.fr.pop();
    const n = g.fr.length;
    if (n === 0) return DONE;
    if (f.dst >= 0) {
      const code = this.fns[f.fn] as FuncCode;
      const caller = (g.fr[n - 1] as Frame).r;
      const res = code.results;
      for (let i = 0; i < res.length; i++) {
        const v = f.r[res[i] as number];
        caller[f.dst + i] = code.resultCell[i] ? (v as Cell)[0] : v;
      }
    }
    return 1;
  }

  /**
   * Calls `fn(args)` to completion on a scratch goroutine and returns its first result: how fmt runs a
   * value's Error or String method. The method may compute but not block or ask the runtime (then a
   * located scenario-limit panic); its steps count in {@link steps} but are not charged as time. A panic in
   * it propagates as a {@link GoPanic}.
   */
  callSync(gl: RV[], fn: FuncVal, args: readonly RV[]): RV {
    const host: FuncCode = {
      name: 'fmt.handleMethods',
      code: [HOST_UNWIND, HOST_RETURN],
      nregs: 1,
      results: [],
      resultCell: [],
    };
    const hostIdx = this.fns.length;
    this.fns.push(host);
    try {
      const g = freshGoroutine(gl);
      const holder: Frame = { fn: hostIdx, pc: 1, r: [undefined], e: null, d: null, dst: -1, gl };
      g.fr.push(holder);
      this.pushFrame(g, fn, args, 0);
      for (;;) {
        const op = this.run(g);
        if (op === HOST_DONE) return holder.r[0];
        if (op.op !== 'work') {
          throw new GoPanic(
            `scenario limit: an Error or String method called by fmt may not block or call the runtime (${op.op})`,
          );
        }
      }
    } finally {
      this.fns.pop();
    }
  }

  /** Runs `g` until its next op; CPU work `cpu` accepts is charged there (not with line breakpoints: see body.ts). */
  resume(g: GoroutineState, input: Readonly<ResumeInput>, cpu?: CpuClock): Op {
    const clock = cpu === undefined || this.lineBreaks !== null ? null : cpu;
    for (;;) {
      try {
        if (g.sus !== 0) {
          g.sus = 0;
          const f = g.fr[g.fr.length - 1] as Frame;
          const ins = (this.fns[f.fn] as FuncCode).code[f.pc];
          f.pc++;
          ins?.after?.(g, f, input);
        }
        return this.run(g, clock);
      } catch (err) {
        // Running out of the run's memory budget is a fatal error, not a panic: the engine ends the program
        // (sim/core/oom.ts prints Go's message for the budget).
        if (err instanceof OutOfMemoryError) throw err;
        // Any other fatal error (an allocation V8 refuses, a stack overflow) ends the program at once, as
        // runtime.throw does: no deferred call runs and nothing can recover it.
        const fatal = fatalOf(err);
        if (fatal !== null) {
          g.fr.length = 0;
          g.acc = 0;
          return { op: 'fatal', msg: fatal };
        }
        this.startPanic(g, err);
      }
    }
  }

  /** The op of a goroutine whose last frame returned: exit, `runtime.Goexit` finished, or the panic. */
  private end(g: GoroutineState): Op {
    if (g.pan !== null) return { op: 'panic', msg: g.pan };
    return g.gx === 0 ? EXIT : GOEXIT;
  }

  private startPanic(g: GoroutineState, err: unknown): void {
    const msg =
      err instanceof GoPanic
        ? err.msg
        : `scenario interpreter internal error at line ${g.line}: ${String(err)}`;
    const before = g.pan ?? g.prec;
    g.pan = before === null ? msg : `${before}\n\tpanic: ${msg}`;
    g.pv = panicValue(err, msg);
    const top = g.fr[g.fr.length - 1];
    if (top !== undefined) top.pc = 0;
  }

  private flush(g: GoroutineState, steps: number, line: number): Op {
    g.acc = 0;
    g.line = line;
    this.steps += steps;
    const op = this.flushOp;
    op.ns = steps * this.timing.stepNs;
    return op;
  }

  private run(g: GoroutineState, clock: CpuClock | null = null): Op {
    const fns = this.fns;
    const limit = this.timing.flushSteps;
    let steps = g.acc;
    if (g.fr.length === 0) {
      if (steps > 0 && !this.charged(g, steps, g.line, clock)) return this.flush(g, steps, g.line);
      return this.end(g);
    }
    let f = g.fr[g.fr.length - 1] as Frame;
    let code = (fns[f.fn] as FuncCode).code;
    const lb = this.lineBreaks;
    for (;;) {
      const ins = code[f.pc] as (typeof code)[number];
      if (lb !== null && ins.line !== g.bl) {
        // Entering a line: remember the first breakpoint line of this run of steps for the engine.
        g.bl = ins.line;
        if (g.hit === 0 && lb[ins.line] === 1) g.hit = ins.line;
      }
      const opf = ins.op;
      if (opf !== null) {
        if (steps > 0 && !this.charged(g, steps, ins.line, clock)) return this.flush(g, steps, ins.line);
        steps = 0;
        const op = opf(g, f);
        if (op !== null) {
          // A `work` call the clock accepts has run: go on after it (a work op has no result to take).
          if (clock !== null && op.op === 'work' && ins.after === null && clock.run(op.ns)) {
            g.line = ins.line;
            f.pc++;
            continue;
          }
          g.sus = 1;
          g.acc = 0;
          g.line = ins.line;
          return op;
        }
        f.pc++;
        continue;
      }
      if (ins.spin === true) {
        // `for {}`: the iterations up to the next flush change nothing but the step count; run them at once.
        steps += Math.max(1, Math.ceil((limit - steps) / ins.w)) * ins.w;
        g.acc = steps;
        if (!this.charged(g, steps, ins.line, clock)) return this.flush(g, steps, ins.line);
        steps = 0;
        continue;
      }
      steps += ins.w;
      f.pc++;
      g.acc = steps;
      const st = (ins.run as NonNullable<typeof ins.run>)(g, f);
      if (st !== CONT) {
        if (st === DONE) {
          if (steps > 0 && !this.charged(g, steps, ins.line, clock)) return this.flush(g, steps, ins.line);
          return this.end(g);
        }
        f = g.fr[g.fr.length - 1] as Frame;
        code = (fns[f.fn] as FuncCode).code;
      }
      if (steps >= limit) {
        const line = (code[f.pc] as (typeof code)[number]).line;
        if (!this.charged(g, steps, line, clock)) return this.flush(g, steps, line);
        steps = 0;
      }
    }
  }

  /** `steps` were charged on the engine's clock ({@link CpuClock}) instead of flushed: the goroutine runs on. */
  private charged(g: GoroutineState, steps: number, line: number, clock: CpuClock | null): boolean {
    if (clock === null || !clock.run(steps * this.timing.stepNs)) return false;
    g.acc = 0;
    g.line = line;
    this.steps += steps;
    return true;
  }
}
