import { describe, expect, it } from 'vitest';
import { describeTask, longestTasks, mainThreadTasks } from './mainThreadTasks';

const MAIN = { pid: 1, tid: 10 };
const meta = (tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid,
  args: { name },
});
const x = (name: string, ts: number, dur: number, tdur = dur, tid = MAIN.tid) => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid,
});

describe('mainThreadTasks', () => {
  it("reads the main thread's tasks from the toplevel category, longest first, with their parts", () => {
    const trace = {
      traceEvents: [
        meta(MAIN.tid, 'CrRendererMain'),
        meta(20, 'DedicatedWorker thread'),
        x('ThreadControllerImpl::RunTask', 1_000, 10_000, 4_000),
        x('ThreadControllerImpl::RunTask', 20_000, 30_000, 12_000),
        // The detailed categories' own span of the same task is not a second task.
        x('RunTask', 20_000, 30_000, 12_000),
        x('FireAnimationFrame', 21_000, 18_000, 8_000),
        x('FunctionCall', 21_500, 17_000, 7_500),
        x('Paint', 40_000, 3_000),
        // Another thread's long task is not the main thread's.
        x('ThreadControllerImpl::RunTask', 0, 90_000, 90_000, 20),
      ],
    };
    const tasks = mainThreadTasks(trace);
    expect(tasks.map((t) => t.ms)).toEqual([30, 10]);
    expect(tasks[0]!.cpuMs).toBe(12);
    expect(tasks[0]!.parts).toEqual([
      { part: 'animation-frame script (stage, panels)', ms: 18 },
      { part: 'other', ms: 9 },
      { part: 'style, layout, paint', ms: 3 },
    ]);
    expect(tasks[0]!.inside.map((e) => e.name)).not.toContain('RunTask');
    expect(longestTasks(tasks)).toEqual({ all: 30, withoutReadback: 30, cpu: 12 });
    expect(describeTask(tasks[0]!)).toMatch(/^30 ms \(12 ms CPU\): animation-frame script/);
  });

  it('finds no task in a trace without the main thread', () => {
    expect(mainThreadTasks({ traceEvents: [x('ThreadControllerImpl::RunTask', 0, 5_000)] })).toEqual([]);
  });
});
