/** The end of a program whose run used up its memory budget (`MemoryBudget`, docs/limits.md). */
import type { OutOfMemoryError } from '../limits';
import { NONE } from '../state/types';
import type { Rt } from './Rt';

/** What `ProgramExit.reason` says for a run that ran out of memory (also how the CLI recognises it). */
export const OOM_REASON = 'fatal error: out of memory';

/**
 * Go's out-of-memory fatal error and exit status 2. A request larger than the whole budget is reported as Go
 * reports a heap it cannot map (`fatal error: runtime: out of memory`); otherwise as a failed allocation after
 * a collection (`runtime: out of memory: cannot allocate N-byte block (M in use)` then `fatal error: out of
 * memory`). `g` is the goroutine that allocated (NONE when the engine's own record crossed the budget).
 */
export function outOfMemory(rt: Rt, g: number, err: OutOfMemoryError): never {
  const head = err.tooLarge
    ? 'fatal error: runtime: out of memory\n'
    : `${err.message}\nfatal error: out of memory\n`;
  const trace = g === NONE ? '' : `\ngoroutine ${g} [running]:\n`;
  rt.write(g, 'stderr', head + trace);
  const mib = (b: number) => Math.round(b / 2 ** 20);
  return rt.end(
    2,
    `${OOM_REASON} (the run's memory budget is ${mib(err.limitBytes)} MiB: program values ${mib(err.inUseBytes - err.logBytes)} MiB, event log and keyframes ${mib(err.logBytes)} MiB; see docs/limits.md)`,
  );
}
