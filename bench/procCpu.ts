import { readdirSync, readFileSync } from 'node:fs';

/** CPU time used so far by the threads of this process's descendants, ms, by `process type:thread name`. */
export type ThreadCpu = Record<string, number>;

/** Linux clock ticks per second as /proc reports them (USER_HZ, 100 on every Linux this runs on). */
const TICK_MS = 10;

function childrenOf(ppid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]) === ppid) out.push(Number(d));
    } catch {
      // The process ended while being read.
    }
  }
  return out;
}

/**
 * CPU time of every thread of the Chromium processes this benchmark started (from /proc; empty where there is
 * none), keyed by Chromium's process type and the thread's name, e.g. `gpu-process:Thread<00>` (SwiftShader's
 * rasteriser threads) or `renderer:chromium` (the renderer's main thread). Wall time on a shared machine
 * measures the load as much as the work; CPU time does not.
 */
export function threadCpu(root = process.pid): ThreadCpu {
  const out: ThreadCpu = {};
  const walk = (pid: number): void => {
    for (const child of childrenOf(pid)) {
      try {
        const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8');
        const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
        for (const tid of readdirSync(`/proc/${child}/task`)) {
          const st = readFileSync(`/proc/${child}/task/${tid}/stat`, 'utf8');
          const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
          const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
          const key = `${type}:${name}`;
          out[key] = (out[key] ?? 0) + (Number(f[11]) + Number(f[12])) * TICK_MS;
        }
      } catch {
        // The process ended while being read.
      }
      walk(child);
    }
  };
  try {
    walk(root);
  } catch {
    return {};
  }
  return out;
}

/** CPU ms used between two {@link threadCpu} readings by the threads whose key matches `which`. */
export function cpuBetween(before: ThreadCpu, after: ThreadCpu, which: RegExp): number {
  let ms = 0;
  for (const [k, v] of Object.entries(after)) if (which.test(k)) ms += v - (before[k] ?? 0);
  return ms;
}
