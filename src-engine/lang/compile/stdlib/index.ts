/**
 * Code generation for the stdlib packages of `lang/stdlib` (math/rand, strings, strconv; math has only
 * constants): each function is looked up by `pkg.Name` in its module's table, so a new function is one table
 * entry and no switch changes.
 */
import type * as ast from '../../ast';
import type { LibFuncObj } from '../../program';
import type { Builder } from '../compiler/Builder';
import { compileExpr } from '../compiler/exprs';
import { programRand } from '../compiler/rand';
import { CONT, type E } from '../runtime/types';
import { RAND_FUNCS } from './mathrand';
import { STRING_FUNCS } from './strings';
import { MATH_FUNCS } from './math';
import { MULTI_FUNCS } from './strconv';

function key(fn: LibFuncObj): string {
  return `${fn.pkg}.${fn.name}`;
}

/** A pure stdlib call (strings, strconv), or null when `fn` is not one. */
export function stdPureCall(b: Builder, call: ast.CallExpr, fn: LibFuncObj): E | null {
  const impl = STRING_FUNCS[key(fn)] ?? MATH_FUNCS[key(fn)];
  if (impl === undefined) return null;
  const args = call.args.map((a) => compileExpr(b, a));
  b.pendingW++;
  return (f) => impl(args.map((a) => a(f)));
}

/**
 * Emits a stdlib call that needs the program's random stream (math/rand); result to `dst` (-1: discarded).
 * Returns false when `fn` is not one.
 */
export function emitStdCall(b: Builder, call: ast.CallExpr, fn: LibFuncObj, dst: number): boolean {
  const multi = MULTI_FUNCS[key(fn)];
  if (multi !== undefined) {
    const args = call.args.map((a) => compileExpr(b, a));
    b.pendingW++;
    b.emit((_g, f) => {
      const vs = multi(args.map((a) => a(f)));
      if (dst >= 0) vs.forEach((v, i) => (f.r[dst + i] = v));
      return CONT;
    });
    return true;
  }
  const impl = RAND_FUNCS[key(fn)];
  if (impl === undefined) return false;
  const args = call.args.map((a) => compileExpr(b, a));
  const st = programRand(b, 'math/rand');
  b.pendingW++;
  b.emit((_g, f) => {
    const v: unknown = impl(
      st(f),
      args.map((a) => a(f)),
    );
    if (dst >= 0) f.r[dst] = v;
    return CONT;
  });
  return true;
}
