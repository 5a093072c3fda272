/**
 * A bounded look at a message's size before the schema walks it: a `load` carrying 10 000 000 beats held the
 * engine thread for 16 s while the schema checked every beat, only to refuse the list for being longer than
 * 1 000. Lengths are read, never walked, and the look stops after {@link MAX_MESSAGE_NODES} values.
 */

/** Most items any list or record in a renderer message may hold (the longest allowed: 1 000 beats). */
export const MAX_MESSAGE_ITEMS = 1_000;
/** Most values (objects, arrays, scalars) a renderer message may hold in all. */
export const MAX_MESSAGE_NODES = 20_000;
/** Deepest nesting a renderer message may have (the deepest allowed is 5: load.scenario.beats[i].at). */
export const MAX_MESSAGE_DEPTH = 8;

/** Why `data` is too large to validate (a path and a count), or undefined when its size is acceptable. */
export function oversized(data: unknown): string | undefined {
  let nodes = 0;
  const visit = (v: unknown, path: string, depth: number): string | undefined => {
    if (++nodes > MAX_MESSAGE_NODES) return `message: more than ${MAX_MESSAGE_NODES} values`;
    if (typeof v !== 'object' || v === null) return undefined;
    if (depth > MAX_MESSAGE_DEPTH) return `${path}: nested more than ${MAX_MESSAGE_DEPTH} levels`;
    if (Array.isArray(v)) {
      if (v.length > MAX_MESSAGE_ITEMS)
        return `${path}: ${v.length} items, more than the ${MAX_MESSAGE_ITEMS} allowed`;
      for (let i = 0; i < v.length; i++) {
        const bad = visit(v[i], `${path}.${i}`, depth + 1);
        if (bad !== undefined) return bad;
      }
      return undefined;
    }
    let keys = 0;
    for (const k in v) {
      if (++keys > MAX_MESSAGE_ITEMS) return `${path}: more than ${MAX_MESSAGE_ITEMS} keys`;
      const bad = visit((v as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`, depth + 1);
      if (bad !== undefined) return bad;
    }
    return undefined;
  };
  return visit(data, '', 0);
}
