/**
 * Builds the instructions of one function: registers, labels, step weights and variable access.
 */
import type { Op, ResumeInput } from '../../../sim/body';
import type * as ast from '../../ast';
import type { FuncInfo, VarObj } from '../../program';
import {
  CONT,
  type Cell,
  type E,
  type Frame,
  type FuncCode,
  type GoroutineState,
  type Instr,
  type RV,
} from '../runtime/types';
import type { Unit } from './Unit';

/** A jump target; `pc` is set when placed. */
export interface Label {
  pc: number;
}

/** How to read and write a storage location. */
export interface Ref {
  readonly load: E;
  readonly store: (f: Frame, v: RV) => void;
}

type Run = (g: GoroutineState, f: Frame) => number;
type OpFn = (g: GoroutineState, f: Frame) => Op | null;
type After = (g: GoroutineState, f: Frame, input: Readonly<ResumeInput>) => void;

/** The code generator of one function (see the module comment). */
export class Builder {
  readonly code: Instr[] = [];
  private nregs = 0;
  private readonly slots = new Map<VarObj, number>();
  /** Source line of the statement being compiled. */
  line = 0;
  /** Expression steps compiled since the last emitted instruction (added to its weight). */
  pendingW = 0;
  /** Labels of enclosing breakable statements: statement → [break, continue]. */
  readonly targets = new Map<object, { brk: Label; cont: Label | null }>();
  /** Expressions already evaluated into registers (arguments of go/defer thunks). */
  readonly overrides = new Map<ast.Expr, E>();

  constructor(
    readonly unit: Unit,
    /** Null for synthetic functions (thunks, the program's init). */
    readonly info: FuncInfo | null,
    readonly fn: FuncCode,
  ) {}

  /** A fresh register. */
  temp(): number {
    return this.nregs++;
  }

  /** The register of a local variable owned by this function. */
  slot(v: VarObj): number {
    let s = this.slots.get(v);
    if (s === undefined) {
      s = this.temp();
      this.slots.set(v, s);
    }
    return s;
  }

  /** Binds variable `v` to register `s` (parameters). */
  bind(v: VarObj, s: number): void {
    this.slots.set(v, s);
  }

  /** Read/write access to variable `v` from this function. */
  ref(v: VarObj): Ref {
    const g = this.unit.globalSlots.get(v);
    if (g !== undefined) {
      return { load: (f) => f.gl[g], store: (f, x) => (f.gl[g] = x) };
    }
    if (this.info !== null && v.owner !== this.info) {
      const k = this.info.captures.indexOf(v);
      if (k < 0) throw new Error(`variable ${v.name} is not captured by ${this.info.name}`);
      return { load: (f) => (f.e as Cell[])[k]?.[0], store: (f, x) => (((f.e as Cell[])[k] as Cell)[0] = x) };
    }
    const s = this.slot(v);
    if (v.captured) return { load: (f) => (f.r[s] as Cell)[0], store: (f, x) => ((f.r[s] as Cell)[0] = x) };
    return { load: (f) => f.r[s], store: (f, x) => (f.r[s] = x) };
  }

  /** The cell of a captured variable (to build a closure's environment). */
  cell(v: VarObj): E {
    if (this.info !== null && v.owner !== this.info) {
      const k = this.info.captures.indexOf(v);
      return (f) => (f.e as Cell[])[k];
    }
    const s = this.slot(v);
    return (f) => f.r[s];
  }

  /** Declares `v` (a fresh variable each time this runs) with initial value `init`. */
  declare(v: VarObj, init: E): void {
    if (this.unit.globalSlots.has(v)) {
      const ref = this.ref(v);
      this.emit((_g, f) => {
        ref.store(f, init(f));
        return CONT;
      });
      return;
    }
    const s = this.slot(v);
    if (v.captured) this.emit((_g, f) => ((f.r[s] = [init(f)]), CONT));
    else this.emit((_g, f) => ((f.r[s] = init(f)), CONT));
  }

  /** Emits a plain step. */
  emit(run: Run): void {
    this.code.push({ run, op: null, after: null, w: 1 + this.pendingW, line: this.line });
    this.pendingW = 0;
  }

  /** Emits a runtime request; `after` consumes its result. */
  emitOp(op: OpFn, after: After | null = null): void {
    if (this.pendingW > 0) this.emit(() => CONT);
    this.code.push({ run: null, op, after, w: 0, line: this.line });
  }

  /** Stores `e` into register `r`. */
  set(r: number, e: E): void {
    this.emit((_g, f) => ((f.r[r] = e(f)), CONT));
  }

  /** Evaluates `e` into a fresh register and returns a reader of it. */
  spill(e: E): E {
    const r = this.temp();
    this.set(r, e);
    return (f) => f.r[r];
  }

  newLabel(): Label {
    return { pc: -1 };
  }

  place(l: Label): void {
    l.pc = this.code.length;
  }

  jump(l: Label): void {
    if (l.pc === this.code.length) {
      // A jump to itself (`for {}`): marked so the interpreter runs its iterations in bulk.
      const pc = l.pc;
      this.code.push({
        run: (_g, f) => ((f.pc = pc), CONT),
        op: null,
        after: null,
        w: 1 + this.pendingW,
        line: this.line,
        spin: true,
      });
      this.pendingW = 0;
      return;
    }
    this.emit((_g, f) => ((f.pc = l.pc), CONT));
  }

  /** Jumps to `l` when `cond` is false. */
  jumpIfNot(cond: E, l: Label): void {
    this.emit((_g, f) => {
      if (!cond(f)) f.pc = l.pc;
      return CONT;
    });
  }

  /** Jumps to `l` when `cond` is true. */
  jumpIf(cond: E, l: Label): void {
    this.emit((_g, f) => {
      if (cond(f)) f.pc = l.pc;
      return CONT;
    });
  }

  /** Finishes the function: register count, and checks every label was placed. */
  finish(): void {
    this.fn.nregs = this.nregs;
    this.fn.code = this.code;
  }
}
