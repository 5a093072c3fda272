/**
 * How fmt reaches a value's Error and String methods (Go's `handleMethods`). The program's compiled fmt call
 * sites install the calls of their program (with the running goroutine's globals) right before formatting;
 * formatting is synchronous, so the installed calls are those of the program being formatted.
 */
import type { RV } from './types';

/** Runs the Error (preferred) or String method of dynamic type `id` on `v`; null when it has neither. */
export type MethodCaller = (id: number, v: RV) => string | null;

let current: MethodCaller | null = null;

/** Installs the method calls of the program about to format. */
export function setFmtMethods(caller: MethodCaller | null): void {
  current = caller;
}

/** The text of `v`'s Error or String method, or null when its dynamic type has none. */
export function methodText(id: number, v: RV): string | null {
  return current === null ? null : current(id, v);
}
