/**
 * `errors.Is`, `errors.As`, `errors.Unwrap`, `errors.Join` and `fmt.Errorf`'s `%w`, after Go 1.23's errors/wrap.go,
 * errors/join.go and fmt/errors.go: `Errorf` with one `%w` makes a `*fmt.wrapError`, with several a
 * `*fmt.wrapErrors`, `Join` a `*errors.joinError`; the
 * chain is walked through `Unwrap() error` and `Unwrap() []error` (library or program methods) and a
 * program's `Is(error) bool`/`As(any) bool` methods are consulted on the way, as Go does.
 */
import type * as ast from '../../ast';
import { lookupFieldOrMethod } from '../../checker/selectors';
import type { LibFuncObj } from '../../program';
import { ANY, type AnyType, ERROR, identical, type Type, under } from '../../types';
import { sprint, sprintf } from '../fmt/printf';
import { setFmtMethods } from '../runtime/fmtMethods';
import { typeDesc } from './typeInfo';
import type { TypeDesc } from '../fmt/typeDesc';
import { registerNatives } from '../runtime/natives';
import { type Box, rtTypeId } from '../runtime/rtypes';
import { type E, type FuncVal, GoPanic, type RV } from '../runtime/types';
import { sliceOf } from '../runtime/slices';
import type { Builder } from './Builder';
import { compileExpr, compileExprUnboxed } from './exprs';
import { boxedType, boxedTypeId, dispatchTable, fmtMethodCaller, newErrorString, typeTest } from './ifaces';
import { missingMethod } from '../../checker/interfaces';
import { implReceiver } from './methods';
import type { Ptr } from './structs';
import type { Unit } from './Unit';
import { CompileError } from './Unit';
import { assignerOf, eqOf, GoPanicLike, isStructValue } from './values';

const wrapType = (name: string): number =>
  rtTypeId(name, () => ({ name, desc: { k: 'errstr', name, elem: null } satisfies TypeDesc }));
/** `*fmt.wrapError`: `[msg, err]`. */
const WRAP_T = wrapType('*fmt.wrapError');
/** `*fmt.wrapErrors`: `[msg, errs]`. */
const WRAPS_T = wrapType('*fmt.wrapErrors');
/** `*errors.joinError`: `[msg, errs]` (its Error() joins the errors' messages with newlines). */
const JOIN_T = wrapType('*errors.joinError');
const msg = (v: RV): RV => (v as RV[])[0];
const one = (v: RV): RV => (v as RV[])[1];
const many = (v: RV): RV => sliceOf([...((v as RV[])[1] as RV[])]);
// `#Unwrap1`/`#Unwrap[]` tell interface tests which Unwrap result these natives have (ifaces.ts).
registerNatives(WRAP_T, { Error: msg, '#fmtError': msg, Unwrap: one, '#Unwrap1': one });
for (const id of [WRAPS_T, JOIN_T])
  registerNatives(id, { Error: msg, '#fmtError': msg, Unwrap: many, '#Unwrap[]': many });

/** The indexes of the operands `format`'s `%w` verbs take (each verb and `*` takes the next operand). */
function wrappedOperands(format: string): { format: string; wrapped: number[] } {
  let out = '';
  const wrapped: number[] = [];
  let arg = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    out += c;
    if (c !== '%') continue;
    let j = i + 1;
    while (j < format.length && '+-# 0123456789.*[]'.includes(format[j] as string)) {
      if (format[j] === '*') arg++;
      j++;
    }
    const verb = format[j];
    if (verb === undefined) break;
    out += format.slice(i + 1, j);
    if (verb === '%') out += '%';
    else if (verb === 'w') {
      wrapped.push(arg++);
      out += 'v';
    } else {
      out += verb;
      arg++;
    }
    i = j;
  }
  return { format: out, wrapped };
}

/**
 * How each `fmt.Errorf` operand can be wrapped: -1 an interface value (an error when not nil), a dynamic
 * type id for a concrete type that implements error (boxed when wrapped), undefined for the others.
 */
export function errorfOperands(unit: Unit, types: readonly Type[]): (number | undefined)[] {
  return types.map((t) => {
    if (under(t).kind === 'any') return -1;
    if (missingMethod(t, under(ERROR) as AnyType) !== null) return undefined;
    return boxedTypeId(unit, t);
  });
}

/** `fmt.Errorf(format, vals...)`: an errorString, or a wrapError/wrapErrors when `%w` names errors. */
export function errorf(
  format: string,
  vals: RV[],
  descs: TypeDesc[],
  ops: readonly (number | undefined)[],
): Box {
  const w = wrappedOperands(format);
  if (w.wrapped.length === 0) return newErrorString(sprintf(format, vals, descs));
  const asError = (i: number): Box | null => {
    const k = ops[i];
    if (k === undefined) return null;
    return k === -1 ? (vals[i] as Box | null) : { t: k, v: vals[i] };
  };
  // A %w operand that is not an error prints as %!w(…), as Go's Errorf does.
  const bad = w.wrapped.some((i) => asError(i) === null);
  const msg = sprintf(bad ? format : w.format, vals, descs);
  const errs = w.wrapped.map(asError).filter((e) => e !== null);
  if (w.wrapped.length === 1) return { t: WRAP_T, v: [msg, errs[0] ?? null] };
  return { t: WRAPS_T, v: [msg, errs] };
}

const ifaceEq = eqOf(ERROR) as (a: RV, b: RV) => boolean;

/** What one step of the chain unwraps to: one error, several, or nothing. */
type Unwrapped = { one: Box | null } | { many: (Box | null)[] } | null;

/** The errors package's view of this program's methods (`Unwrap`, `Is`, `As`) for goroutine globals `gl`. */
function chainOf(unit: Unit, gl: RV[]) {
  const m = unit.m;
  const call = (name: string, x: Box, args: RV[]): RV | undefined => {
    const t = boxedType(unit, x.t);
    if (t === undefined) return undefined;
    const found = lookupFieldOrMethod(t, name);
    if (found === null || found === 'ambiguous' || found.kind !== 'method') return undefined;
    const sig = found.method.type;
    const want = name === 'Unwrap' ? 0 : 1;
    if (sig.params.length !== want || sig.results.length !== 1) return undefined;
    // errors.As consults `interface{ As(any) bool }` only: the parameter must be the empty interface.
    const p0 = sig.params[0];
    if (name === 'As' && (p0 === undefined || !identical(p0, ANY))) return undefined;
    const impl = dispatchTable(unit, name)[x.t];
    if (impl === undefined) return undefined;
    const r0 = sig.results[0] as Type;
    const tag = identical(r0, ERROR) ? 'one' : under(r0).kind === 'slice' ? 'many' : 'bool';
    const v = m.callSync(gl, { f: impl.f, e: null } satisfies FuncVal, [implReceiver(impl, x.v), ...args]);
    return tag === 'many' ? { many: v === null ? [] : sliceItems(v) } : tag === 'one' ? { one: v } : v;
  };
  const unwrap = (x: Box): Unwrapped => {
    if (x.t === WRAP_T) return { one: (x.v as RV[])[1] as Box | null };
    if (x.t === WRAPS_T || x.t === JOIN_T) return { many: (x.v as RV[])[1] as Box[] };
    return (call('Unwrap', x, []) as Unwrapped | undefined) ?? null;
  };
  return { unwrap, call };
}

function sliceItems(s: RV): (Box | null)[] {
  const sl = s as { a: RV[]; o: number; l: number };
  return sl.a.slice(sl.o, sl.o + sl.l) as (Box | null)[];
}

function comparable(x: Box): boolean {
  try {
    ifaceEq(x, { t: x.t, v: x.v });
    return true;
  } catch (e) {
    if (e instanceof GoPanicLike) return false;
    throw e;
  }
}

/** A pure `errors` call (`New` is in library.ts), or null. */
export function errorsCall(b: Builder, call: ast.CallExpr, fn: LibFuncObj): E | null {
  if (fn.pkg !== 'errors' || fn.name === 'New') return null;
  const unit = b.unit;
  // The tables exist from now on, so every program type boxed later has its methods compiled.
  dispatchTable(unit, 'Unwrap');
  dispatchTable(unit, 'Is');
  dispatchTable(unit, 'As');
  if (fn.name === 'Join') return errorsJoin(b, call);
  const err = compileExpr(b, call.args[0] as ast.Expr);
  b.pendingW++;
  if (fn.name === 'Unwrap') {
    return (f) => {
      const x = err(f) as Box | null;
      if (x === null) return null;
      const u = chainOf(unit, f.gl).unwrap(x);
      return u !== null && 'one' in u ? u.one : null;
    };
  }
  if (fn.name === 'Is') {
    const target = compileExpr(b, call.args[1] as ast.Expr);
    return (f) => {
      const x = err(f) as Box | null;
      const t = target(f) as Box | null;
      if (x === null || t === null) return x === t;
      const ch = chainOf(unit, f.gl);
      const cmp = comparable(t);
      const is = (e: Box): boolean => {
        for (let cur: Box | null = e; cur !== null;) {
          if (cmp && ifaceEq(cur, t)) return true;
          if (ch.call('Is', cur, [t]) === true) return true;
          const u = ch.unwrap(cur);
          if (u === null) return false;
          if ('many' in u) return u.many.some((k) => k !== null && is(k));
          cur = u.one;
        }
        return false;
      };
      return is(x);
    };
  }
  if (fn.name === 'As') return errorsAs(b, call, err);
  throw new CompileError(call.pos, `errors.${fn.name} is not supported in scenarios`);
}

/** `errors.As(err, &target)`: the first error of the chain assignable to target's type is stored there. */
function errorsAs(b: Builder, call: ast.CallExpr, err: E): E {
  const arg = call.args[1] as ast.Expr;
  const pt = under(b.unit.typeOf(arg));
  if (pt.kind !== 'pointer') throw new CompileError(arg.pos, 'errors: target must be a non-nil pointer');
  const elem = pt.elem;
  const eu = under(elem);
  if (eu.kind !== 'any' && lookupFieldOrMethod(elem, 'Error') === null)
    throw new CompileError(arg.pos, 'errors: *target must be interface or implement error');
  const target = compileExprUnboxed(b, arg);
  const targetT = boxedTypeId(b.unit, b.unit.typeOf(arg));
  // Every error in the chain is an `error`; other interfaces are tested against the dynamic type.
  const anyError = eu.kind === 'any' && (eu.methods ?? []).every((m) => m.name === 'Error');
  const test = anyError ? (x: Box | null): boolean => x !== null : typeTest(b, elem);
  const toIface = eu.kind === 'any';
  const structVal = isStructValue(elem);
  const assign = structVal ? assignerOf(elem) : null;
  const unit = b.unit;
  return (f) => {
    const p = target(f);
    if (p === null) throw new GoPanic('errors: target must be a non-nil pointer');
    const store = (v: RV): void => {
      if (assign !== null) assign(p, v);
      else (p as Ptr).a[(p as Ptr).i] = v;
    };
    const ch = chainOf(unit, f.gl);
    const as = (e: Box): boolean => {
      for (let cur: Box | null = e; cur !== null;) {
        if (test(cur)) {
          store(toIface ? cur : cur.v);
          return true;
        }
        // wrap.go: `if x, ok := err.(interface{ As(any) bool }); ok && x.As(target)`, target boxed as an `any`.
        if (ch.call('As', cur, [{ t: targetT, v: p }]) === true) return true;
        const u = ch.unwrap(cur);
        if (u === null) return false;
        if ('many' in u) return u.many.some((k) => k !== null && as(k));
        cur = u.one;
      }
      return false;
    };
    const x = err(f) as Box | null;
    return x === null ? false : as(x);
  };
}

/**
 * `errors.Join(errs...)` (errors/join.go): nil when every error is nil, otherwise a `*errors.joinError` of the
 * non-nil ones, whose Error() joins their messages with newlines (computed here, when it is made) and whose
 * `Unwrap() []error` lets Is and As walk each of them.
 */
function errorsJoin(b: Builder, call: ast.CallExpr): E {
  const unit = b.unit;
  const desc = typeDesc(ERROR);
  let errs: E;
  if (call.ellipsis !== null) {
    const s = compileExpr(b, call.args[0] as ast.Expr);
    errs = (f) => {
      const v = s(f);
      return v === null ? [] : sliceItems(v);
    };
  } else {
    const each = call.args.map((a) => compileExpr(b, a));
    errs = (f) => each.map((e) => e(f));
  }
  b.pendingW++;
  return (f) => {
    const live = (errs(f) as (Box | null)[]).filter((e): e is Box => e !== null);
    if (live.length === 0) return null;
    setFmtMethods(fmtMethodCaller(unit, f.gl));
    const msg = live.map((e) => sprint([e], [desc])).join('\n');
    return { t: JOIN_T, v: [msg, live] } satisfies Box;
  };
}
