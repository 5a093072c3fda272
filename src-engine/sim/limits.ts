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

/*
 * ---- Memory: one budget per run (docs/limits.md) ----
 *
 * A run holds the program's values (slices, strings, structs, channel buffers: JavaScript objects in the
 * interpreter) and the engine's record of it (the event log and the keyframes). All of it counts against one
 * budget of MEMORY_BUDGET_BYTES. Crossing it ends the program as Go ends one that runs out of memory (fatal
 * error, exit status 2, everything printed before kept), instead of the engine process dying in V8.
 */

/** The memory budget of one run, bytes: program values plus the event log and keyframes. */
export const MEMORY_BUDGET_BYTES = 1024 * 1024 * 1024;
/** Bytes charged per element slot the interpreter allocates (a JavaScript array slot, spare capacity included). */
export const BYTES_PER_SLOT = 8;
/** Bytes charged per value held in a channel buffer (its slot in a growable queue, which may be twice as long). */
export const BYTES_PER_CHAN_VALUE = 16;
/**
 * Bytes charged per map entry (key, value and the hash table's share: about what a Go 1.23 bucket costs per
 * entry at its average load, and what a JavaScript Map spends on one). Also what the live measure counts.
 */
export const BYTES_PER_MAP_ENTRY = 64;
/** The runtime's `maxAlloc` on 64-bit Linux (1 << 48): no single allocation may be larger. */
export const GO_MAX_ALLOC = 2 ** 48;
/** `unsafe.Sizeof(hchan{})` on 64-bit platforms: the channel header `makechan` adds to the buffer. */
export const HCHAN_SIZE = 96;

/**
 * Go's `makechan` size check: `make(chan T, n)` panics with `makechan: size out of range` when `n` is negative
 * or `n * sizeof(T)` exceeds {@link GO_MAX_ALLOC} - {@link HCHAN_SIZE} (any `n` passes for a zero-size `T`).
 */
export function makechanSizeOk(n: number, elemBytes: number): boolean {
  if (!(n >= 0) || !Number.isInteger(n) || n > Number.MAX_SAFE_INTEGER) return false;
  return n * elemBytes <= GO_MAX_ALLOC - HCHAN_SIZE;
}

/** The run's memory budget is used up: the program ends with Go's out-of-memory fatal error. */
export class OutOfMemoryError extends Error {
  override readonly name = 'OutOfMemoryError';
  constructor(
    /** Bytes of the allocation that did not fit. */
    readonly requestBytes: number,
    /** Bytes in use when it failed: program values after a collection, plus the engine's own record. */
    readonly inUseBytes: number,
    /** Bytes of the event log and keyframes within `inUseBytes`. */
    readonly logBytes: number,
    readonly limitBytes: number,
  ) {
    super(`runtime: out of memory: cannot allocate ${requestBytes}-byte block (${inUseBytes} in use)`);
  }

  /** True when the request alone is larger than the whole budget (Go: the heap cannot even be mapped). */
  get tooLarge(): boolean {
    return this.requestBytes > this.limitBytes;
  }
}

/**
 * The memory budget of one run. Allocations are charged as they happen; when the total would cross the limit,
 * the budget measures what the program still holds (a deterministic walk of its live values: the "collection"
 * that Go's garbage collector would do) and fails only if that, plus the request and the log, still does not fit.
 */
export class MemoryBudget {
  /** Program bytes found live by the last collection. */
  private liveBytes = 0;
  /** Program bytes charged since the last collection. */
  private chargedBytes = 0;
  /** Bytes of the event log and keyframes (set by the run as they grow). */
  private logBytes = 0;
  /** Number of collections so far (tests, docs). */
  collections = 0;

  constructor(
    readonly limitBytes: number = MEMORY_BUDGET_BYTES,
    /** Measures the bytes the program's values hold now. */
    private readonly measureLive: () => number = () => 0,
  ) {}

  /** Bytes counted now (an upper bound between collections). */
  get usedBytes(): number {
    return this.liveBytes + this.chargedBytes + this.logBytes;
  }

  /** Charges an allocation of `bytes`; throws {@link OutOfMemoryError} when it cannot fit even after a collection. */
  charge(bytes: number): void {
    if (this.liveBytes + this.chargedBytes + this.logBytes + bytes > this.limitBytes) this.collect(bytes);
    this.chargedBytes += bytes;
  }

  /**
   * Checks that an allocation of `bytes` would fit, without charging it (the engine allocates a channel's
   * buffer lazily and charges each value as it arrives; a buffer that could never fit fails at `make`, as in Go).
   */
  require(bytes: number): void {
    if (this.usedBytes + bytes > this.limitBytes) this.collect(bytes);
  }

  /** Sets the size of the engine's own record (event log and keyframes); throws when the budget is crossed. */
  setLogBytes(bytes: number): void {
    this.logBytes = bytes;
    if (this.usedBytes > this.limitBytes) this.collect(0);
  }

  private collect(requestBytes: number): void {
    this.collections++;
    this.liveBytes = this.measureLive();
    this.chargedBytes = 0;
    const inUse = this.liveBytes + this.logBytes;
    if (inUse + requestBytes > this.limitBytes)
      throw new OutOfMemoryError(requestBytes, inUse, this.logBytes, this.limitBytes);
  }
}

let active: MemoryBudget | undefined;

/**
 * The memory budget of the run now executing, for the interpreter: `budget.charge(bytes)` before allocating
 * (a slice's backing array, a map's buckets, a long string). Outside a run it charges nothing.
 */
export const budget = {
  charge(bytes: number): void {
    active?.charge(bytes);
  },
  /** See {@link MemoryBudget.require}. */
  require(bytes: number): void {
    active?.require(bytes);
  },
};

/** Makes `b` the budget {@link budget} charges (the run sets it each time it resumes simulating). */
export function activateBudget(b: MemoryBudget | undefined): void {
  active = b;
}
