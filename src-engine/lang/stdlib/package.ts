/**
 * A standard-library package beyond the core ones of library.ts (math/rand, math, strings, strconv): its
 * members for the checker and the names the real package exports (so a name outside the subset is reported
 * as "not supported", not "undefined"). Each package lives in its own module and registers in stdlib/index.ts.
 */
import type { ConstObj, LibFuncObj } from '../program';
import { type FuncType, type Type } from '../types';

/** A member of a stdlib package: a function or a constant. */
export type StdMember = LibFuncObj | ConstObj;

/** One package: import path, members the subset has, and every name the real package exports. */
export interface StdPackage {
  readonly path: string;
  readonly members: ReadonlyMap<string, StdMember>;
  readonly realNames: ReadonlySet<string>;
}

let nextId = -100_000;

/** A function member. */
export function stdFunc(pkg: string, name: string, params: Type[], results: Type[]): LibFuncObj {
  const type: FuncType = { kind: 'func', params, results, variadic: false };
  return { kind: 'libfunc', id: nextId--, pkg, name, type, resultsUnusable: false };
}

/** A constant member (untyped, as the real package declares it). */
export function stdConst(name: string, type: Type, value: ConstObj['value']): ConstObj {
  return { kind: 'const', id: nextId--, name, type, value, pos: null, used: true };
}

/** Builds a package from its members and the real package's exported names (space-separated). */
export function stdPackage(path: string, members: readonly StdMember[], realNames: string): StdPackage {
  return {
    path,
    members: new Map(members.map((m) => [m.name, m])),
    realNames: new Set([...realNames.split(/\s+/).filter((n) => n !== ''), ...members.map((m) => m.name)]),
  };
}
