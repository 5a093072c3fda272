/**
 * The scheduler models a scenario can name (`settings.model`), with their settings: plain data with no
 * engine code, so the scenario schema, the command line and the UI can list and validate them.
 * docs/go-scheduler.md §11 specifies the models; docs/models.md lists their settings and sources.
 */
import * as S from './kernel/settings';
import type { ModelSettingDef } from './kernel/settings';

/** Model ids, in the order of the road from processes to M:P:N. */
export const MODEL_IDS = [
  'os-threads',
  'n-to-1',
  'one-to-one',
  'thread-pool',
  'global-queue',
  'per-thread-queues',
  'go',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

/** The model a scenario without `settings.model` runs. */
export const DEFAULT_MODEL: ModelId = 'go';

export interface ModelInfo {
  readonly id: ModelId;
  /** Name shown in titles and the status bar. */
  readonly name: string;
  /** One line: what it is and what it shows. */
  readonly summary: string;
  /** Named settings (`settings.modelSettings`), with defaults and sources. */
  readonly settings: readonly ModelSettingDef[];
}

const KERNEL = [S.THREAD_SWITCH, S.PROCESS_SWITCH, S.TIME_SLICE, S.WAKE, S.STACK_BYTES];
/** Kernel settings for a runtime that allocates its threads' stacks itself (small g0 stacks, not 8 MiB). */
const RUNTIME_THREADS = [
  S.THREAD_SWITCH,
  S.PROCESS_SWITCH,
  S.TIME_SLICE,
  S.WAKE,
  {
    ...S.STACK_BYTES,
    defaultValue: 8192,
    source:
      'Go 1.0’s runtime·newm gave each M an 8 KiB g0 stack (malg(8192)) and ran the thread on it (without cgo); the 8 MiB pthread default applies only to cgo threads.',
  },
];
const taskStack = (bytes: number, source: string): ModelSettingDef => ({
  name: 'taskStackBytes',
  defaultValue: bytes,
  min: 0,
  max: 1024 * 1024 * 1024,
  unit: 'bytes',
  doc: 'Stack each user-level task gets (besides its thread’s stack).',
  source,
});

export const MODEL_CATALOG: Readonly<Record<ModelId, ModelInfo>> = {
  'os-threads': {
    id: 'os-threads',
    name: 'OS processes and threads (time slicing)',
    summary:
      'Each goroutine is an OS process (or a thread of one): the kernel time-slices them round robin; every switch is a save/restore.',
    settings: [...KERNEL, S.PROCESS_BYTES, S.PROCESS_CREATE, S.THREAD_CREATE, S.PER_PROCESS, S.MAX_THREADS],
  },
  'n-to-1': {
    id: 'n-to-1',
    name: 'N:1 (green threads on one OS thread)',
    summary:
      'All goroutines share one OS thread: cheap switches, no parallelism, a blocking syscall freezes everything.',
    settings: [
      ...KERNEL,
      S.USER_SWITCH,
      taskStack(64 * 1024, 'GNU Pth’s default stack for a user thread is 64 KiB.'),
    ],
  },
  'one-to-one': {
    id: 'one-to-one',
    name: '1:1 (a kernel thread per goroutine)',
    summary:
      'Each goroutine is a kernel thread: parallel, but creation and switches cost kernel time and each thread reserves a stack.',
    settings: [...KERNEL, S.THREAD_CREATE, S.MAX_THREADS],
  },
  'thread-pool': {
    id: 'thread-pool',
    name: 'Thread pool with one shared queue',
    summary:
      'A fixed set of workers takes tasks from one locked queue and runs each to completion: blocked tasks hold their workers.',
    settings: [...KERNEL, S.USER_SWITCH, S.LOCK_HOLD, S.POOL_WORKERS],
  },
  'global-queue': {
    id: 'global-queue',
    name: 'M:N, one global queue and lock (Go 1.0)',
    summary: 'Threads share one run queue behind sched.lock: every schedule takes the lock; no preemption.',
    settings: [
      ...RUNTIME_THREADS,
      S.USER_SWITCH,
      S.LOCK_HOLD,
      S.THREAD_CREATE,
      taskStack(4096, 'Go 1.0 started goroutines on 4 KiB segmented stacks (StackMin = 4096).'),
    ],
  },
  'per-thread-queues': {
    id: 'per-thread-queues',
    name: 'M:N, per-thread queues and stealing (no P)',
    summary:
      'Each thread has its own queue; idle threads steal, probing every thread, including those stuck in syscalls.',
    settings: [
      ...RUNTIME_THREADS,
      S.USER_SWITCH,
      S.STEAL_PROBE,
      S.THREAD_CREATE,
      taskStack(8192, 'Go 1.2–1.3 started goroutines on 8 KiB stacks; an illustrative size for this design.'),
    ],
  },
  go: {
    id: 'go',
    name: 'Go 1.22–1.24 (M:P:N)',
    summary:
      'Today’s Go scheduler: Ps with local queues and runnext, work stealing, sysmon, the netpoller, syscall hand-off.',
    settings: [],
  },
};

/** Whether `id` names a model. */
export function isModelId(id: string): id is ModelId {
  return (MODEL_IDS as readonly string[]).includes(id);
}

/** "Unknown model" message naming the allowed ones. */
export function unknownModelMessage(id: string): string {
  return `unknown scheduler model "${id}"; the models are: ${MODEL_IDS.join(', ')}`;
}
