/**
 * Program-wide compilation context: the machine being filled, the checker's tables, global slots and the
 * queue of functions still to compile.
 */
import type * as ast from '../../ast';
import type { Pos } from '../../diagnostics';
import type { CheckedProgram, ConstValue, ExprInfo, FuncInfo, VarObj } from '../../program';
import { isFloat, type Type, INVALID } from '../../types';
import { isFloat32 } from './floats';
import type { Machine } from '../runtime/Machine';
import { toBytes } from '../runtime/strings';
import type { FuncCode, RV } from '../runtime/types';
import { intKind } from './typeInfo';
import { convertInt } from '../runtime/ints';

/** A construct the compiler cannot translate; becomes a located diagnostic. */
export class CompileError extends Error {
  constructor(
    readonly pos: Pos,
    message: string,
  ) {
    super(message);
  }
}

/** State shared by every function of one compilation. */
export class Unit {
  /** Global variable → index into the globals array. */
  readonly globalSlots = new Map<VarObj, number>();
  /** Functions allocated but not compiled yet. */
  readonly pending: { info: FuncInfo; idx: number }[] = [];
  /** Initial values of the hidden globals, in slot order (built afresh for each run). */
  readonly hiddenInit: (() => RV)[] = [];
  /** Number of go/defer wrappers made so far (names them). */
  wrapCount = 0;
  /** Index of the hidden global holding NumCPU (-1 when the program never calls it). */
  numCPUSlot = -1;
  private readonly funcIndex = new Map<FuncInfo, number>();
  private readonly literals = new Map<ast.FuncLit, FuncInfo>();
  private extraGlobals = 0;
  private capsSlot = -1;
  private condSlot = -1;
  private closedSlot = -1;
  private wgSlot = -1;
  /** The hidden global listing every `sync.Pool` state (-1 while no pool method was compiled). */
  poolSlot = -1;

  constructor(
    readonly m: Machine,
    readonly prog: CheckedProgram,
  ) {
    for (const v of prog.globals) this.globalSlots.set(v, this.globalSlots.size);
    for (const f of prog.funcInfos) if (f.node.kind === 'FuncLit') this.literals.set(f.node, f);
  }

  /** The FuncInfo of a function literal. */
  literalInfo(e: ast.FuncLit): FuncInfo | undefined {
    return this.literals.get(e);
  }

  /** Allocates a hidden global slot with its initial value. */
  hiddenGlobal(init: () => RV): number {
    this.hiddenInit.push(init);
    return this.globalSlots.size + this.extraGlobals++;
  }

  /** The hidden global holding runtime.NumCPU(): the start-up GOMAXPROCS, learned by main's first op. */
  numCPU(): number {
    if (this.numCPUSlot < 0) this.numCPUSlot = this.hiddenGlobal(() => 0);
    return this.numCPUSlot;
  }

  /**
   * The hidden global marking closed channels (handle → 1). Every close goes through this program, so the
   * interpreter can raise `close of closed channel` / `send on closed channel` itself and run deferred calls.
   */
  closedChans(): number {
    if (this.closedSlot < 0) this.closedSlot = this.hiddenGlobal(() => []);
    return this.closedSlot;
  }

  /** The hidden global with each WaitGroup's counter (handle → count), to raise the negative-counter panic. */
  wgCounters(): number {
    if (this.wgSlot < 0) this.wgSlot = this.hiddenGlobal(() => []);
    return this.wgSlot;
  }

  /** The hidden global mapping each `*sync.Cond` handle to its Mutex `L` (for `c.L.Lock()`). */
  condLocks(): number {
    if (this.condSlot < 0) this.condSlot = this.hiddenGlobal(() => []);
    return this.condSlot;
  }

  /** The hidden global listing the state of every `sync.Pool` used (`allPools`, for runtime.GC). */
  poolList(): number {
    if (this.poolSlot < 0) this.poolSlot = this.hiddenGlobal(() => []);
    return this.poolSlot;
  }

  /** The hidden global holding every channel's capacity, indexed by handle (for `cap(ch)`). */
  chanCaps(): number {
    if (this.capsSlot < 0) this.capsSlot = this.hiddenGlobal(() => []);
    return this.capsSlot;
  }

  /** Number of global slots. */
  get nglobals(): number {
    return this.globalSlots.size + this.extraGlobals;
  }

  /** Index of the code of a function or literal (allocated now, compiled later). */
  funcOf(info: FuncInfo): number {
    let idx = this.funcIndex.get(info);
    if (idx === undefined) {
      idx = this.allocFunc(goName(info));
      this.funcIndex.set(info, idx);
      this.pending.push({ info, idx });
    }
    return idx;
  }

  /** Allocates an empty function slot (filled by its builder). */
  allocFunc(name: string): number {
    const code: FuncCode = { name, code: [], nregs: 0, results: [], resultCell: [] };
    this.m.fns.push(code);
    return this.m.fns.length - 1;
  }

  /** The checker's information about an expression. */
  info(e: ast.Expr): ExprInfo | undefined {
    return this.prog.exprs.get(e);
  }

  /** The type of an expression (INVALID when the checker recorded none). */
  typeOf(e: ast.Expr): Type {
    return this.prog.exprs.get(e)?.type ?? INVALID;
  }

  /** The run-time value of a constant of type `t`. */
  constValue(c: ConstValue, t: Type): RV {
    if (isFloat(t) && (c.kind === 'int' || c.kind === 'float')) {
      const v = c.kind === 'int' ? Number(c.v) : c.v;
      return isFloat32(t) ? Math.fround(v) : v;
    }
    switch (c.kind) {
      case 'int': {
        // The checker has checked representability: the value only takes its canonical form (ints.ts).
        return convertInt(c.v, intKind(t));
      }
      case 'float': {
        // An integral float constant (`1e18`) used as an integer: exact, in its canonical form.
        const n = Math.trunc(c.v);
        return Number.isSafeInteger(n) ? n : convertInt(BigInt(n), intKind(t));
      }
      case 'bool':
        return c.v;
      case 'string':
        return toBytes(c.v);
    }
  }
}

/** Go's traceback name: `main.worker`, `main.main.func1`. */
function goName(info: FuncInfo): string {
  return `main.${info.name}`;
}
