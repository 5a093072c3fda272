/**
 * The comparison table's figures for any run, read from its event log alone (so every model, the Go
 * scheduler included, is measured the same way): completion time, CPU use per core, context switches and
 * their cost, threads created, stack memory reserved, lock wait, steal probes, worst runnable wait.
 */
import { parseLocation } from '../events';
import type { SchedulerRun } from '../SchedulerRun';

export interface RunMetrics {
  /** Virtual time of the end (or of the last event), ns. */
  readonly completionNs: number;
  /** Busy fraction of each core, 0..1. */
  readonly coreUtilisation: readonly number[];
  readonly contextSwitches: number;
  /** Total cost of those switches, ns. */
  readonly switchCostNs: number;
  readonly threadsCreated: number;
  /** Most stack memory reserved at once (threads and tasks), bytes. */
  readonly peakStackBytes: number;
  readonly lockWaitNs: number;
  /** Queues looked at by thieves; undefined when the log does not record probes (Go: bounded by GOMAXPROCS). */
  readonly stealProbes: number | undefined;
  /** Longest time a task waited runnable before it ran, ns. */
  readonly worstRunnableWaitNs: number;
}

/** Go's figures the log does not carry: a goroutine switch (cost model) and stack sizes (runtime). */
export interface GoFigures {
  readonly goroutineSwitchNs: number;
  /** A goroutine's initial stack (runtime `stackMin`), bytes. */
  readonly goroutineStackBytes: number;
  /** An M's g0 stack allocated by the runtime (`malg(16384)` in `newm`), bytes. */
  readonly threadStackBytes: number;
}

export const GO_FIGURES: GoFigures = {
  goroutineSwitchNs: 150,
  goroutineStackBytes: 2048,
  threadStackBytes: 16384,
};

const RUNNABLE = new Set(['runq', 'runnext', 'globrunq', 'poolq', 'ready', 'nextg']);

/** Computes the figures over the events produced so far. */
export function runMetrics(run: SchedulerRun, cores: number, go: GoFigures = GO_FIGURES): RunMetrics {
  const n = run.eventCount;
  const end = run.exit?.t ?? run.now;
  const busy = new Array<number>(cores).fill(0);
  const threadCore = new Map<number, { core: number; since: number }>();
  const pSince = new Map<number, number>();
  const runnableSince = new Map<number, number>();
  const threadStack = new Map<number, number>();
  const taskStack = new Map<number, number>();
  let switches = 0;
  let switchNs = 0;
  let threads = 0;
  let stack = 0;
  let peak = 0;
  let lockWait = 0;
  let probes = 0;
  let sawProbeKind = false;
  let goLog = true;
  let worst = 0;
  for (let seq = 0; seq < n; seq++) {
    const e = run.event(seq);
    switch (e.kind) {
      case 'thread.create':
        goLog = false;
        threads++;
        threadStack.set(e.m as number, e.arg ?? 0);
        stack += e.arg ?? 0;
        break;
      case 'm.create':
        threads++;
        stack += go.threadStackBytes;
        break;
      case 'thread.status': {
        const m = e.m as number;
        const cur = threadCore.get(m);
        if (cur !== undefined) {
          busy[cur.core] = (busy[cur.core] ?? 0) + (e.t - cur.since);
          threadCore.delete(m);
        }
        if ((e.to === 'running' || e.to === 'lock') && e.p !== undefined)
          threadCore.set(m, { core: e.p, since: e.t });
        if (e.to === 'exited') stack -= threadStack.get(m) ?? 0;
        break;
      }
      case 'core.switch':
      case 'task.switch':
        switches++;
        switchNs += e.arg ?? 0;
        break;
      case 'lock.acquire':
        lockWait += e.arg ?? 0;
        break;
      case 'steal.probe':
        sawProbeKind = true;
        probes++;
        break;
      case 'g.create': {
        const bytes = goLog && e.arg === undefined ? go.goroutineStackBytes : (e.arg ?? 0);
        taskStack.set(e.g as number, bytes);
        stack += bytes;
        break;
      }
      case 'g.move': {
        const g = e.g as number;
        const to = parseLocation(e.to as string);
        const from = parseLocation(e.from as string);
        if (goLog && from.kind === 'running' && from.arg !== undefined) {
          const p = Number(from.arg.slice(1));
          const s = pSince.get(p);
          if (s !== undefined && p < cores) busy[p] = (busy[p] ?? 0) + (e.t - s);
          pSince.delete(p);
        }
        if (to.kind === 'running') {
          const since = runnableSince.get(g);
          if (since !== undefined) worst = Math.max(worst, e.t - since);
          runnableSince.delete(g);
          if (goLog) {
            switches++;
            switchNs += go.goroutineSwitchNs;
            if (to.arg !== undefined) pSince.set(Number(to.arg.slice(1)), e.t);
          }
        } else if (RUNNABLE.has(to.kind)) {
          if (!runnableSince.has(g)) runnableSince.set(g, e.t);
        } else runnableSince.delete(g);
        if (to.kind === 'dead') stack -= taskStack.get(g) ?? 0;
        break;
      }
    }
    if (stack > peak) peak = stack;
  }
  for (const { core, since } of threadCore.values()) busy[core] = (busy[core] ?? 0) + (end - since);
  if (goLog) for (const [p, since] of pSince) if (p < cores) busy[p] = (busy[p] ?? 0) + (end - since);
  return {
    completionNs: end,
    coreUtilisation: busy.map((b) => (end > 0 ? Math.min(1, b / end) : 0)),
    contextSwitches: switches,
    switchCostNs: switchNs,
    threadsCreated: threads,
    peakStackBytes: peak,
    lockWaitNs: lockWait,
    stealProbes: goLog && !sawProbeKind ? undefined : probes,
    worstRunnableWaitNs: worst,
  };
}
