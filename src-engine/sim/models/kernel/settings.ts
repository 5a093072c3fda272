/**
 * Named settings of the historical models: every cost no runtime fixes (thread creation, kernel switch,
 * stack reservation, lock hold, …) and every size (pool workers, thread limit), with its default, range,
 * unit and source. docs/models.md ("Model settings") lists them; validation gives located messages.
 */

/** One named setting. */
export interface ModelSettingDef {
  readonly name: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly unit: 'ns' | 'bytes' | 'count';
  /** What it is. */
  readonly doc: string;
  /** Where the default comes from. */
  readonly source: string;
}

/** Resolved settings of one run, by name. */
export type ModelSettings = Readonly<Record<string, number>>;

const NS = 'ns' as const;

/** Kernel context switch between threads of one process. */
export const THREAD_SWITCH: ModelSettingDef = {
  name: 'threadSwitchNs',
  defaultValue: 2_000,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'Kernel context switch between two threads of one process (save registers, kernel entry and exit, cache refill).',
  source:
    'Typical measured 1–5 µs on Linux x86-64 (lmbench lat_ctx; Tsuna 2010 "How long does it take to make a context switch?").',
};
/** Kernel context switch between processes. */
export const PROCESS_SWITCH: ModelSettingDef = {
  name: 'processSwitchNs',
  defaultValue: 5_000,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'Kernel context switch between processes: a thread switch plus the address-space change (page tables, TLB, caches).',
  source:
    'Same measurements as threadSwitchNs; the address-space change adds 1–5 µs of TLB and cache misses.',
};
/** User-level switch between tasks on one thread. */
export const USER_SWITCH: ModelSettingDef = {
  name: 'userSwitchNs',
  defaultValue: 150,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'User-level switch between two tasks on one thread (save/restore a few registers and the stack pointer, no kernel).',
  source: 'docs/go-scheduler.md §12.3: a goroutine switch costs ~100–200 ns.',
};
export const THREAD_CREATE: ModelSettingDef = {
  name: 'threadCreateNs',
  defaultValue: 50_000,
  min: 0,
  max: 1e10,
  unit: NS,
  doc: 'Creating an OS thread (clone + stack mapping), charged to the creating thread.',
  source: 'docs/go-scheduler.md §12.3: 20–100 µs.',
};
export const PROCESS_CREATE: ModelSettingDef = {
  name: 'processCreateNs',
  defaultValue: 200_000,
  min: 0,
  max: 1e10,
  unit: NS,
  doc: 'Creating a process (fork of a small process), charged to the creator.',
  source: 'fork of a small process takes ~0.1–1 ms on Linux (copying page tables grows with the parent).',
};
export const STACK_BYTES: ModelSettingDef = {
  name: 'threadStackBytes',
  defaultValue: 8 * 1024 * 1024,
  min: 4096,
  max: 1024 * 1024 * 1024,
  unit: 'bytes',
  doc: 'Stack reserved (virtual) by each OS thread.',
  source:
    'glibc pthread default = RLIMIT_STACK, 8 MiB on Linux (ulimit -s 8192); docs/go-scheduler.md §11.2.',
};
export const PROCESS_BYTES: ModelSettingDef = {
  name: 'processOverheadBytes',
  defaultValue: 1024 * 1024,
  min: 0,
  max: 1024 * 1024 * 1024,
  unit: 'bytes',
  doc: 'Memory a process needs beyond its thread stack (page tables, kernel structures, its own copy of data).',
  source: 'Illustrative: a minimal Linux process has a few hundred KiB to a few MiB resident.',
};
export const TIME_SLICE: ModelSettingDef = {
  name: 'timeSliceNs',
  defaultValue: 4_000_000,
  min: 1_000,
  max: 1e10,
  unit: NS,
  doc: 'Kernel time slice: a thread runs this long before the kernel preempts it when others wait for a core (round robin).',
  source:
    'CFS targets 6 ms latency with 0.75 ms minimum granularity (a few ms per thread); classic notes say ~20 ms.',
};
export const WAKE: ModelSettingDef = {
  name: 'kernelWakeNs',
  defaultValue: 1_000,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'A kernel call that wakes a blocked or parked thread (futex wake), charged to the waker.',
  source:
    'A futex wake system call costs ~1 µs; docs/go-scheduler.md §12.3 gives 5–50 µs until the woken thread runs.',
};
export const LOCK_HOLD: ModelSettingDef = {
  name: 'lockHoldNs',
  defaultValue: 200,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'Time one queue operation holds the scheduler lock (sched.lock, the pool queue lock), including moving the lock’s cache line between cores.',
  source:
    'Illustrative: an uncontended lock/unlock is ~20–50 ns; each transfer of its cache line to another core ~100 ns.',
};
export const STEAL_PROBE: ModelSettingDef = {
  name: 'stealProbeNs',
  defaultValue: 50,
  min: 0,
  max: 1e9,
  unit: NS,
  doc: 'Looking at one other thread’s run queue while stealing (reading its head and tail, a remote cache line).',
  source: 'Illustrative: one remote cache-line read is ~50–100 ns.',
};
export const POOL_WORKERS: ModelSettingDef = {
  name: 'poolWorkers',
  defaultValue: 0,
  min: 1,
  max: 4096,
  unit: 'count',
  doc: 'Worker threads of the pool (0 in the defaults means "as many as cores").',
  source: 'A typical fixed pool has about one worker per core.',
};
export const MAX_THREADS: ModelSettingDef = {
  name: 'maxThreads',
  defaultValue: 10_000,
  min: 1,
  max: 32_768,
  unit: 'count',
  doc: 'Threads the system lets the program create; creating one more is a fatal error.',
  source: 'Go’s own limit (debug.SetMaxThreads) is 10 000; Linux’s default pid_max is 32 768.',
};
export const PER_PROCESS: ModelSettingDef = {
  name: 'goroutinesPerProcess',
  defaultValue: 1,
  min: 1,
  max: 1_000_000,
  unit: 'count',
  doc: 'Goroutines run as threads of one process before a new process is started (1: every goroutine is its own process; large: all are threads of one process).',
  source: 'A teaching setting: processes vs threads on the same program.',
};

/** Problem with a setting, naming it. */
export interface SettingProblem {
  readonly setting: string;
  readonly message: string;
}

/**
 * Resolves `overrides` against a model's setting definitions: unknown names and out-of-range values are
 * problems (each names the setting and its range), and nothing runs.
 */
export function resolveModelSettings(
  modelId: string,
  defs: readonly ModelSettingDef[],
  overrides: Readonly<Record<string, number>> | undefined,
  cores: number,
): { settings: ModelSettings } | { problems: SettingProblem[] } {
  const out: Record<string, number> = {};
  for (const d of defs) out[d.name] = d.defaultValue;
  if (out['poolWorkers'] === 0) out['poolWorkers'] = cores;
  const problems: SettingProblem[] = [];
  for (const [k, v] of Object.entries(overrides ?? {})) {
    const d = defs.find((x) => x.name === k);
    if (d === undefined) {
      const known = defs.map((x) => x.name).join(', ') || 'none';
      problems.push({
        setting: k,
        message: `model "${modelId}" has no setting "${k}" (its settings: ${known})`,
      });
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < d.min || v > d.max) {
      problems.push({
        setting: k,
        message: `${k} of model "${modelId}" must be a whole number in ${d.min}..${d.max} (${d.unit}), got ${String(v)}`,
      });
      continue;
    }
    out[k] = v;
  }
  return problems.length > 0 ? { problems } : { settings: out };
}
