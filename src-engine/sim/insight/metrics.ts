/**
 * Scheduler metrics of a run, computed from the {@link EventIndex}: per-P utilisation, run-queue lengths over
 * time, counts (steals, hand-offs, preemptions, goroutine switches, threads) and scheduling latency
 * (runnable → running) percentiles. Pure; the same function serves the chart panel, CSV export and the CLI.
 */
import { CAT_CREATE, CAT_HANDOFF, CAT_PREEMPT, CAT_STEAL, CAT_SWITCH, CAT_THREAD } from './classify';
import { P_RUNNING } from './codes';
import type { EventIndex } from './EventIndex';
import { sampleMax } from './query';

/** Metrics of a run up to `endNs`. */
export interface RunMetrics {
  readonly endNs: number;
  readonly events: number;
  /** Per P: share of [0, endNs] it ran goroutines (0–1), and that time in ns. */
  readonly perP: readonly { readonly p: number; readonly utilisation: number; readonly runningNs: number }[];
  readonly counts: {
    /** Steal operations (a thief taking a batch counts once) and goroutines stolen. */
    readonly steals: number;
    readonly stolenGoroutines: number;
    readonly handoffs: number;
    readonly preemptions: number;
    readonly switches: number;
    readonly threadsCreated: number;
    readonly goroutinesCreated: number;
  };
  /** Scheduling latency: time from becoming runnable to running, ns. */
  readonly latency: {
    readonly count: number;
    readonly p50Ns: number;
    readonly p95Ns: number;
    readonly maxNs: number;
  };
  /** Run-queue lengths sampled over time (largest in each sample's interval). */
  readonly runq: {
    readonly tNs: readonly number[];
    readonly perP: readonly (readonly number[])[];
    readonly global: readonly number[];
  };
}

/** Number of samples in the run-queue series. */
export const RUNQ_SAMPLES = 200;

const bit = (b: number): number => 31 - Math.clz32(b);

/** Metrics of everything indexed, up to `endNs` (default: the last event). */
export function computeMetrics(ix: EventIndex, endNs = ix.lastT, samples = RUNQ_SAMPLES): RunMetrics {
  const perP = ix.pLanes.map((lane, p) => {
    let runningNs = 0;
    for (let i = 0; i < lane.length; i++) {
      const s = lane.startAt(i);
      if (s >= endNs) break;
      const e = Math.min(endNs, i + 1 < lane.length ? lane.startAt(i + 1) : endNs);
      const c = lane.codeAt(i);
      if (c === P_RUNNING) runningNs += e - s;
    }
    return { p, runningNs, utilisation: endNs > 0 ? runningNs / endNs : 0 };
  });
  const lat = ix.latencies.toArray().sort();
  const pct = (q: number): number =>
    lat.length === 0 ? 0 : (lat[Math.min(lat.length - 1, Math.ceil(q * lat.length) - 1)] as number);
  const n = Math.max(1, samples);
  const tNs = Array.from({ length: n }, (_, i) => Math.round(((i + 1) * endNs) / n));
  const c = ix.catCounts;
  return {
    endNs,
    events: ix.length,
    perP,
    counts: {
      steals: ix.steals,
      stolenGoroutines: c[bit(CAT_STEAL)] ?? 0,
      handoffs: c[bit(CAT_HANDOFF)] ?? 0,
      preemptions: c[bit(CAT_PREEMPT)] ?? 0,
      switches: c[bit(CAT_SWITCH)] ?? 0,
      threadsCreated: c[bit(CAT_THREAD)] ?? 0,
      goroutinesCreated: c[bit(CAT_CREATE)] ?? 0,
    },
    latency: {
      count: lat.length,
      p50Ns: pct(0.5),
      p95Ns: pct(0.95),
      maxNs: lat.length ? (lat[lat.length - 1] as number) : 0,
    },
    runq: {
      tNs,
      perP: ix.pLanes.map((_, p) => {
        const s = ix.runqLen[p];
        return s ? sampleMax(s.ts, s.vs, 0, Math.max(1, endNs), n) : new Array<number>(n).fill(0);
      }),
      global: sampleMax(ix.globalRunqLen.ts, ix.globalRunqLen.vs, 0, Math.max(1, endNs), n),
    },
  };
}

/** The metrics as CSV: a summary section (metric,value) then the run-queue series (t_ns, P0…, global). */
export function metricsCsv(m: RunMetrics): string {
  const rows: string[] = ['metric,value'];
  rows.push(`end_ns,${m.endNs}`, `events,${m.events}`);
  for (const p of m.perP)
    rows.push(`p${p.p}_utilisation,${p.utilisation.toFixed(4)}`, `p${p.p}_running_ns,${p.runningNs}`);
  const c = m.counts;
  rows.push(
    `steals,${c.steals}`,
    `stolen_goroutines,${c.stolenGoroutines}`,
    `handoffs,${c.handoffs}`,
    `preemptions,${c.preemptions}`,
    `goroutine_switches,${c.switches}`,
    `threads_created,${c.threadsCreated}`,
    `goroutines_created,${c.goroutinesCreated}`,
    `latency_count,${m.latency.count}`,
    `latency_p50_ns,${m.latency.p50Ns}`,
    `latency_p95_ns,${m.latency.p95Ns}`,
    `latency_max_ns,${m.latency.maxNs}`,
  );
  rows.push('', ['t_ns', ...m.perP.map((p) => `runq_p${p.p}`), 'globrunq'].join(','));
  m.runq.tNs.forEach((t, i) =>
    rows.push([t, ...m.runq.perP.map((s) => s[i] ?? 0), m.runq.global[i] ?? 0].join(',')),
  );
  return rows.join('\n') + '\n';
}
