/**
 * The process-wide registry of names: fixed strings events carry (kinds, reasons, runtime function names,
 * statuses), each registered once per process as a small integer, so the engine's hot path passes numbers and
 * a log's {@link Interner} finds a name's id by array index instead of hashing the string on every event.
 *
 * @remarks
 * Only register strings from a bounded set (literals, or strings built from a P/M/channel number, cached):
 * the registry never shrinks. Unbounded text (panic messages, exit reasons) is interned by text. The engine's
 * vocabulary (the `Name` constants) lives in `core/names.ts`; this module is the registry alone, below the
 * log, so the log's interners can use it.
 */

/** A registered string: an index into the process-wide registry (branded so raw numbers are not mixed in). */
export type Name = number & { readonly __name: 'Name' };

const strs: string[] = [];
const codes = new Map<string, Name>();

/** The name of `s`, registering it if new (call once per call site, at module load or into a cache). */
export function name(s: string): Name {
  let n = codes.get(s);
  if (n === undefined) {
    n = strs.length as Name;
    strs.push(s);
    codes.set(s, n);
  }
  return n;
}

/** The name of `s` if it is registered (registers nothing). */
export function registeredName(s: string): Name | undefined {
  return codes.get(s);
}

/** The string of a name. */
export function nameStr(n: Name): string {
  return strs[n] as string;
}

/** Every string registered so far (tests walk them: every runtime function an event can name). */
export function registeredNames(): readonly string[] {
  return strs;
}
