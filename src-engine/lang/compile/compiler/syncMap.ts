/**
 * `sync.Map`'s methods (runtime/syncMap.ts keeps the entries). They cost CPU steps and never park, as the
 * real map's atomic fast paths and short mutex sections do not involve the scheduler here. `Range` calls
 * `f` for each entry in an order drawn from the program's random stream, as a map's `for range`.
 */
import type * as ast from '../../ast';
import { ANY } from '../../types';
import {
  newSyncMap,
  setSyncMapEq,
  smCompareAndDelete,
  smCompareAndSwap,
  smEntry,
  smLoad,
  smLoadAndDelete,
  smLoadOrStore,
  smRangeOrder,
  smStore,
  smSwap,
  type SyncMap,
} from '../runtime/syncMap';
import type { Box } from '../runtime/rtypes';
import {
  CONT,
  type E,
  FRAMES,
  type Frame,
  type FuncVal,
  GoPanic,
  NIL_DEREF,
  type RV,
} from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { drawU32, programRand } from './rand';
import { CompileError } from './Unit';
import { eqOf } from './values';

setSyncMapEq(eqOf(ANY) as (a: RV, b: RV) => boolean);

/** The zero value a sync.Map box starts with. */
export function syncMapZero(): SyncMap {
  return newSyncMap();
}

/** Emits a sync.Map method call on the box `h`; results go to `dst` (and `dst+1`; -1: discarded). */
export function emitSyncMapMethod(b: Builder, call: ast.CallExpr, name: string, h: E, dst: number): void {
  if (name === 'Range') return emitRange(b, call, h);
  const args = call.args.map((a) => compileExpr(b, a));
  const a = (i: number): E => args[i] ?? ((): RV => null);
  const [k, x, y] = [a(0), a(1), a(2)];
  const st = (f: Frame): SyncMap => {
    const box = h(f) as [SyncMap] | 0 | null;
    if (!box) throw new GoPanic(NIL_DEREF);
    return box[0];
  };
  const key = (f: Frame): Box | null => k(f) as Box | null;
  let run: (f: Frame) => RV;
  switch (name) {
    case 'Load':
      run = (f) => smLoad(st(f), key(f));
      break;
    case 'Store':
      run = (f) => smStore(st(f), key(f), x(f));
      break;
    case 'LoadOrStore':
      run = (f) => smLoadOrStore(st(f), key(f), x(f));
      break;
    case 'LoadAndDelete':
      run = (f) => smLoadAndDelete(st(f), key(f));
      break;
    case 'Delete':
      run = (f) => void smLoadAndDelete(st(f), key(f));
      break;
    case 'Swap':
      run = (f) => smSwap(st(f), key(f), x(f));
      break;
    case 'CompareAndSwap':
      run = (f) => smCompareAndSwap(st(f), key(f), x(f), y(f));
      break;
    case 'CompareAndDelete':
      run = (f) => smCompareAndDelete(st(f), key(f), x(f));
      break;
    case 'Clear':
      run = (f) => void st(f).entries.clear();
      break;
    default:
      throw new CompileError(call.pos, `sync.Map.${name} is not supported in scenarios`);
  }
  const pair = name === 'Load' || name === 'LoadOrStore' || name === 'LoadAndDelete' || name === 'Swap';
  b.emit((_g, f) => {
    const v = run(f);
    if (dst >= 0) {
      if (pair) {
        f.r[dst] = (v as RV[])[0];
        f.r[dst + 1] = (v as RV[])[1];
      } else f.r[dst] = v;
    }
    return CONT;
  });
}

/** `m.Range(f)`: snapshot the keys, then call `f(k, v)` for each still present until it returns false. */
function emitRange(b: Builder, call: ast.CallExpr, h: E): void {
  const hr = b.spill(h);
  const fn = b.spill(compileExpr(b, call.args[0] as ast.Expr));
  const rs = programRand(b);
  const draw = drawU32(rs);
  const ids = b.temp();
  const i = b.temp();
  const res = b.temp();
  const st = (f: Frame): SyncMap => {
    const box = hr(f) as [SyncMap] | 0 | null;
    if (!box) throw new GoPanic(NIL_DEREF);
    return box[0];
  };
  b.emit((_g, f) => {
    const m = st(f);
    f.r[ids] = m.entries.size === 0 ? [] : smRangeOrder(m, draw(f) as number);
    f.r[i] = 0;
    return CONT;
  });
  const top = b.newLabel();
  const end = b.newLabel();
  const next = b.newLabel();
  const m = b.unit.m;
  b.place(top);
  b.jumpIfNot((f) => (f.r[i] as number) < (f.r[ids] as string[]).length, end);
  b.emit((g, f) => {
    const id = (f.r[ids] as string[])[f.r[i] as number] as string;
    f.r[i] = (f.r[i] as number) + 1;
    const e = smEntry(st(f), id);
    if (e === undefined) {
      f.r[res] = true;
      return CONT;
    }
    const fv = fn(f) as FuncVal | null;
    if (fv === null) throw new GoPanic(NIL_DEREF);
    m.pushFrame(g, fv, [e.k, e.v], res);
    return FRAMES;
  });
  b.jumpIfNot((f) => f.r[res] === true, end);
  b.place(next);
  b.jump(top);
  b.place(end);
}
