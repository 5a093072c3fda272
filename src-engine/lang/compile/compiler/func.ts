/** Compiling functions (declarations and literals) and the program's start-up function. */
import type { Op } from '../../../sim/body';
import type * as ast from '../../ast';
import type { FuncInfo } from '../../program';
import { type FuncVal, FRAMES } from '../runtime/types';
import { Builder } from './Builder';
import { compileStmts } from './control';
import { emitPrologue, emitRet, unwindInstr } from './frames';
import { compileValueSpec } from './stmts';
import { zeroFn, zeroOf } from './typeInfo';
import { isStructValue } from './values';
import { CompileError, type Unit } from './Unit';

/** Compiles one function or literal into slot `idx`. */
export function compileFunction(unit: Unit, info: FuncInfo, idx: number): void {
  const code = unit.m.fns[idx];
  if (code === undefined) throw new Error(`no function slot ${idx}`);
  const b = new Builder(unit, info, code);
  b.code.push(unwindInstr(unit.m));
  const node = info.node;
  const body = node.body;
  if (body === null) throw new CompileError(node.pos, 'missing function body');
  b.line = node.pos.line;
  const defs = unit.prog.defs;
  const cellParams: number[] = [];
  const recv = node.kind === 'FuncDecl' && node.recv !== null ? [node.recv] : [];
  for (const field of [...recv, ...node.type.params]) {
    const names: (ast.Ident | null)[] = field.names.length > 0 ? field.names : [null];
    for (const n of names) {
      const r = b.temp();
      const v = n === null ? undefined : defs.get(n);
      if (v?.kind === 'var') {
        b.bind(v, r);
        if (v.captured) cellParams.push(r);
      }
    }
  }
  const results: { reg: number; cell: boolean; zero: unknown; mk?: () => unknown }[] = [];
  let ri = 0;
  for (const field of node.type.results) {
    const names: (ast.Ident | null)[] = field.names.length > 0 ? field.names : [null];
    for (const n of names) {
      const v = n === null ? undefined : defs.get(n);
      const t = info.type.results[ri++];
      const rt = v?.kind === 'var' ? v.type : t;
      const mk = rt !== undefined && isStructValue(rt) ? zeroFn(rt) : undefined;
      const zero = mk ? null : rt === undefined ? 0 : zeroOf(rt);
      if (v?.kind === 'var') results.push({ reg: b.slot(v), cell: v.captured, zero, ...(mk ? { mk } : {}) });
      else results.push({ reg: b.temp(), cell: false, zero, ...(mk ? { mk } : {}) });
    }
  }
  code.results = results.map((r) => r.reg);
  code.resultCell = results.map((r) => r.cell);
  emitPrologue(b, cellParams, results);
  compileStmts(b, body.stmts);
  b.line = body.rbrace.line;
  emitRet(b);
  b.finish();
}

/**
 * The program's first function (goroutine 1): learns the start-up GOMAXPROCS if NumCPU is used,
 * initializes package variables in Go's order, calls `main.main`, and returns (ending the program).
 */
export function compileInit(unit: Unit, idx: number, mainInfo: FuncInfo): void {
  const code = unit.m.fns[idx];
  if (code === undefined) throw new Error('no init slot');
  const b = new Builder(unit, null, code);
  b.code.push(unwindInstr(unit.m));
  b.line = mainInfo.node.pos.line;
  // Whether NumCPU is used is known only once every function is compiled: decided when this runs.
  const query: Op = { op: 'gomaxprocs', n: 0 };
  b.emitOp(
    () => (unit.numCPUSlot >= 0 ? query : null),
    (_g, f, input) => (f.gl[unit.numCPUSlot] = input.value),
  );
  for (const spec of unit.prog.varInitOrder) {
    b.line = spec.pos.line;
    compileValueSpec(b, spec);
  }
  const main: FuncVal = { f: unit.funcOf(mainInfo), e: null };
  const m = unit.m;
  b.line = mainInfo.node.pos.line;
  b.emit((g) => {
    m.pushFrame(g, main, [], -1);
    return FRAMES;
  });
  emitRet(b);
  b.finish();
}
