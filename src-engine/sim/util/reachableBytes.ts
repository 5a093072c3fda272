/**
 * Bytes held by a set of JavaScript values, each object counted once: the engine's deterministic stand-in for
 * the live heap a garbage collection would find (see `MemoryBudget`). Iterative (a linked list a million deep
 * is fine) and independent of V8's real layout: the same values always measure the same.
 */
import { BYTES_PER_MAP_ENTRY } from '../limits';

/** Bytes per object or array header. */
const HEADER_BYTES = 16;
/** Bytes per slot (array element, object property, number). */
const SLOT_BYTES = 8;

/** Sum of the bytes reachable from `roots`. */
export function reachableBytes(roots: readonly unknown[]): number {
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  let bytes = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      bytes += HEADER_BYTES + v.length;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      bytes += HEADER_BYTES + v.byteLength;
      continue;
    }
    if (Array.isArray(v)) {
      bytes += HEADER_BYTES + SLOT_BYTES * v.length;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'object' || typeof x === 'string') stack.push(x);
      }
      continue;
    }
    if (v instanceof Map) {
      // A Go map held by the program (lang's maps are JS Maps): charged per entry as it was allocated.
      bytes += HEADER_BYTES + BYTES_PER_MAP_ENTRY * v.size;
      for (const [k, x] of v) stack.push(k, x);
      continue;
    }
    if (v instanceof Set) {
      bytes += HEADER_BYTES + SLOT_BYTES * v.size;
      for (const x of v) stack.push(x);
      continue;
    }
    bytes += HEADER_BYTES;
    for (const k in v) {
      bytes += SLOT_BYTES;
      const x: unknown = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' || typeof x === 'string') stack.push(x);
    }
  }
  return bytes;
}
