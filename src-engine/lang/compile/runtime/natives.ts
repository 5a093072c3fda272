/**
 * Methods that library types implement in TypeScript (errors' `Error`, the contexts' `Done`/`Err`/`Value`/
 * `Deadline`): registered here by dynamic type id and method name, and joined to every program's dispatch
 * tables (compiler/ifaces.ts). A native takes the boxed value and the call's arguments; a method with
 * several results returns them as an array.
 */
import type { RV } from './types';

/** A library implementation of one method. */
export type Native = (v: RV, args: readonly RV[]) => RV;

const natives = new Map<number, ReadonlyMap<string, Native>>();

/**
 * Registers the methods of dynamic type `id` (names as dispatch tables key them: `Error`, `Done`, and
 * `#fmtError`/`#fmtString` for the method fmt calls).
 */
export function registerNatives(id: number, methods: Record<string, Native>): void {
  natives.set(id, new Map(Object.entries(methods)));
}

/** Every registered native implementation of method `name`, by dynamic type id. */
export function nativesOf(name: string): [number, Native][] {
  const out: [number, Native][] = [];
  for (const [id, ms] of natives) {
    const n = ms.get(name);
    if (n !== undefined) out.push([id, n]);
  }
  return out;
}

/** True when dynamic type `id` has a native implementation of method `name`. */
export function hasNative(id: number, name: string): boolean {
  return natives.get(id)?.has(name) ?? false;
}
