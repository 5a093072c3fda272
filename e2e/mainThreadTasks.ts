import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

/** One task of the page's main thread from a Chromium trace. */
export interface MainThreadTask {
  /** Whole task, ms. */
  readonly ms: number;
  /**
   * Of which, ms spent waiting for the GPU process to finish the WebGL commands so that the compositor can read
   * the canvas back (`GLES2::ReadPixels` in `Commit`): with `--disable-gpu` the compositor is software and
   * SwiftShader rasterises the stage in the GPU process, so this is software rasterising, which a machine with a
   * GPU (GPU compositing, no read-back) does not wait for.
   */
  readonly gpuReadbackMs: number;
  /** The longest trace events inside the task (name and ms), longest first. */
  readonly inside: readonly { name: string; ms: number }[];
  /** CPU time of the task on the main thread, ms (what the machine's load inflates far less than `ms`). */
  readonly cpuMs: number;
  /** What the task's time went to, ms by part ({@link PARTS}), largest first, parts under 1 ms left out. */
  readonly parts: readonly { part: string; ms: number }[];
}

/**
 * The parts a main-thread task is told apart by, each the trace events that make it up (outermost events only:
 * one nested in another of the same part is not counted twice). What is left is `other`.
 */
const PARTS: readonly { part: string; names: readonly string[] }[] = [
  { part: 'GPU read-back (SwiftShader rasterising the canvas)', names: ['GLES2::ReadPixels'] },
  { part: 'animation-frame script (stage, panels)', names: ['FireAnimationFrame'] },
  {
    part: 'engine message (structured clone + handlers)',
    names: ['MessagePort::Accept', 'HandlePostMessage'],
  },
  { part: 'timer / other script', names: ['TimerFire', 'EventDispatch', 'RunMicrotasks', 'FunctionCall'] },
  {
    part: 'style, layout, paint',
    names: [
      'UpdateLayoutTree',
      'Layout',
      'PrePaint',
      'Paint',
      'Layerize',
      'WebFrameWidgetImpl::UpdateLifecycle',
    ],
  },
];

/** Sums each part's outermost events in `within` (sorted by start), and the rest of `totalUs` as `other`. */
function partsOf(within: readonly TraceEvent[], totalUs: number): { part: string; ms: number }[] {
  const out: { part: string; ms: number }[] = [];
  let counted = 0;
  // Time already given to a part: an event inside it (a FunctionCall inside an animation frame) is not recounted.
  const taken: [number, number][] = [];
  const inTaken = (e: TraceEvent) => taken.some(([a, b]) => e.ts >= a && e.ts + e.dur! <= b);
  for (const { part, names } of PARTS) {
    let us = 0;
    let end = -1;
    const spans: [number, number][] = [];
    for (const e of within) {
      if (!names.includes(e.name) || e.ts < end || inTaken(e)) continue;
      us += e.dur!;
      end = e.ts + e.dur!;
      spans.push([e.ts, end]);
    }
    taken.push(...spans);
    counted += us;
    out.push({ part, ms: Math.round(us / 100) / 10 });
  }
  out.push({ part: 'other', ms: Math.round(Math.max(0, totalUs - counted) / 100) / 10 });
  return out.filter((p) => p.ms >= 1).sort((a, b) => b.ms - a.ms);
}

/** One line saying what a task was: its length, CPU time and parts (for the bench's report). */
export function describeTask(t: MainThreadTask): string {
  return `${t.ms} ms (${t.cpuMs} ms CPU): ${t.parts.map((p) => `${p.part} ${p.ms} ms`).join(', ')}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; type?: string } };
}

/**
 * Trace categories that show main-thread tasks (`toplevel`), what ran in them (`devtools.timeline`: animation
 * frames, script, messages, style and paint) and the compositor's GPU waits (`gpu`).
 *
 * @remarks Only these by default: the detailed ones ({@link DETAILED_CATEGORIES}) record many events per task on
 * every thread, and on a 2-core machine that work lengthens the very tasks being measured. In the bench's
 * 100 000-goroutine run they took the longest task from about 40 ms to 25–76 ms, where an untraced run had no
 * task of 50 ms or more at all (the browser's Long Tasks API). `GOSCHED_TRACE_FULL=1` adds them, to diagnose.
 */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'gpu'];
/** What `GOSCHED_TRACE_FULL=1` adds: each layer and paint, and every script execution. */
const DETAILED_CATEGORIES = ['disabled-by-default-devtools.timeline', 'v8.execute'];

/**
 * Records a Chromium trace of `page` while `during` runs and returns the main thread's tasks, longest first: the
 * "every main-thread task under 50 ms" figure (issue 10 item 6), whatever code ran in them.
 */
export async function traceMainThread(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<MainThreadTask[]> {
  const full = process.env['GOSCHED_TRACE_FULL'] === '1';
  await browser.startTracing(page, {
    categories: full ? [...CATEGORIES, ...DETAILED_CATEGORIES] : CATEGORIES,
  });
  let buf: Buffer;
  try {
    await during();
  } finally {
    buf = await browser.stopTracing();
  }
  // GOSCHED_TRACE_OUT=<file> keeps the whole trace, to open in Perfetto or chrome://tracing.
  const out = process.env['GOSCHED_TRACE_OUT'];
  if (out) writeFileSync(out, buf);
  return mainThreadTasks(JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] });
}

/** The renderer main thread's longest tasks in a trace (20) and those that took most CPU (5), longest first. */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }): MainThreadTask[] {
  const ev = trace.traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const own = ev
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // A task as the scheduler ran it (`toplevel`; the detailed categories' `RunTask` is the same span).
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  // The 20 longest, and the 5 that took most CPU (on a loaded machine, not the same ones), longest first.
  const byCpu = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 5);
  tasks.sort((a, b) => b.dur! - a.dur!);
  const picked = [...new Set([...tasks.slice(0, 20), ...byCpu])].sort((a, b) => b.dur! - a.dur!);
  const ms = (us: number) => Math.round(us / 100) / 10;
  return picked.map((t) => {
    const end = t.ts + t.dur!;
    const within = own.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= end);
    const readback = within.filter((e) => e.name === 'GLES2::ReadPixels').reduce((n, e) => n + e.dur!, 0);
    const inside = within
      .filter((e) => e.dur! > 1000 && e.name !== 'RunTask')
      .map((e) => ({
        name: e.args?.data?.functionName ? `${e.name}:${e.args.data.functionName}` : e.name,
        ms: ms(e.dur!),
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6);
    return {
      ms: ms(t.dur!),
      gpuReadbackMs: ms(readback),
      inside,
      cpuMs: ms(t.tdur ?? 0),
      parts: partsOf(within, t.dur!),
    };
  });
}

/** The task that took most CPU time (the machine's load inflates CPU time far less than wall time). */
export function mostCpuTask(tasks: readonly MainThreadTask[]): MainThreadTask | undefined {
  return [...tasks].sort((a, b) => b.cpuMs - a.cpuMs)[0];
}

/** The longest task, and the longest once the software GPU read-back inside it is taken out, ms. */
export function longestTasks(tasks: readonly MainThreadTask[]): {
  all: number;
  withoutReadback: number;
  cpu: number;
} {
  return {
    all: Math.max(0, ...tasks.map((t) => t.ms)),
    withoutReadback: Math.max(0, ...tasks.map((t) => t.ms - t.gpuReadbackMs)),
    cpu: Math.max(0, ...tasks.map((t) => t.cpuMs)),
  };
}
