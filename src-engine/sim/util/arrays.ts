/**
 * Empty arrays born with the elements kind they will end up with.
 *
 * @remarks
 * V8 specialises optimised code to an array's elements kind. An empty `[]` starts as "small integers only"
 * and changes kind on its first object store, or on its first hole. An array created afresh for every run
 * would change kind inside code optimised during the previous run, which V8 then throws away (a deopt): each
 * new run would begin in the slow tiers and re-optimise its hottest functions. Arrays made here already have
 * the general kind, so code optimised on one run stays valid for the next.
 */

/** An empty array for objects (or any values), stored densely. */
export function objectArray<T>(): T[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as T[];
}

/** An empty array for objects (or any values) indexed sparsely by id (holes allowed). */
export function sparseArray<T>(): (T | undefined)[] {
  const a = new Array<unknown>(1);
  a[0] = null;
  a.length = 0;
  return a as (T | undefined)[];
}
