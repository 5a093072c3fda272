/**
 * Deep clone of plain data for keyframes: plain objects, arrays and typed arrays are copied; everything
 * else (functions, class instances such as compiled `BodyProgram`s) is shared, since it is immutable code.
 *
 * @remarks Preserves aliasing and cycles: an object reached twice is cloned once and referenced twice. Go
 * programs share memory between goroutines (captured variables, slice backing arrays, values sent over
 * channels), so a keyframe must keep those references shared, or a restored run would diverge.
 */
export function deepClone<T>(v: T): T {
  return clone(v, new Map()) as T;
}

function clone(v: unknown, seen: Map<object, unknown>): unknown {
  if (v === null || typeof v !== 'object') return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    seen.set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = clone(v[i], seen);
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    const out = (v as unknown as Int32Array).slice();
    seen.set(v, out);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  const out: Record<string, unknown> = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) out[k] = clone((v as Record<string, unknown>)[k], seen);
  return out;
}
