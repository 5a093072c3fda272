/**
 * Engine limits and the error thrown when settings exceed them (before a run starts).
 */

/** Largest GOMAXPROCS the engine simulates. */
export const MAX_GOMAXPROCS = 256;
/** Largest number of live goroutines the engine simulates. */
export const MAX_GOROUTINES = 100_000;
/** The runtime's `sched.maxmcount` (`debug.SetMaxThreads` default). */
export const MAX_THREADS = 10_000;

/** A setting is beyond what the engine can simulate; the message names the limit. */
export class EngineLimitError extends Error {
  override readonly name = 'EngineLimitError';
  constructor(
    message: string,
    /** Name of the limit, e.g. `MAX_GOMAXPROCS`. */
    readonly limit: string,
  ) {
    super(message);
  }
}
