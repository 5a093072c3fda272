/**
 * The CPU clock (core/cpuClock.ts, kernel/cpuClock.ts) charges a goroutine's CPU work in place when the
 * engine's next action would be that goroutine's own continuation anyway. Rule: it is an optimisation only —
 * every model's whole event log and output are the same with and without it, and `runUntil` never records an
 * event after its bound.
 */
import { describe, expect, it } from 'vitest';
import type { BodyProgram, GoProgram, Op } from '../body';
import { compileSource } from '../../lang/compile';
import { MODEL_IDS } from './catalog';
import { createModelRun, type RunnableModel } from './registry';
import { blockingIO, cpuAndSyscall, fairness } from './workloads';

/** The program with every body resumed without a clock (each work stretch back through the agenda). */
function withoutClock(p: GoProgram): GoProgram {
  const wrapped = new Map<BodyProgram, BodyProgram>();
  const wrap = (b: BodyProgram): BodyProgram => {
    let w = wrapped.get(b);
    if (w === undefined) {
      w = {
        name: b.name,
        resume: (s, input) => {
          const op = b.resume(s, input);
          if (op.op === 'go' || op.op === 'afterFunc') return { ...op, body: wrap(op.body) } as Op;
          if (op.op === 'timerReset' && op.body !== undefined) return { ...op, body: wrap(op.body) };
          return op;
        },
        line: (s) => b.line(s),
        ...(b.lineHit === undefined
          ? {}
          : { lineHit: (s: unknown) => (b.lineHit as (s: unknown) => number)(s) }),
      };
      wrapped.set(b, w);
    }
    return w;
  };
  return { main: wrap(p.main), initialState: p.initialState };
}

const MIXED = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			for k := 0; k < 20; k++ {
				work(time.Duration(100+id*37) * time.Microsecond)
				mu.Lock()
				total += k
				mu.Unlock()
				if k%7 == id {
					time.Sleep(50 * time.Microsecond)
				}
				for j := 0; j < 300; j++ {
					total ^= j
				}
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
}
`;

const PROGRAMS: Readonly<Record<string, string>> = {
  cpuAndSyscall: cpuAndSyscall(5, 12, 3),
  fairness: fairness(8, 5),
  blockingIO: blockingIO(30, 2),
  mixed: MIXED,
};

function log(r: RunnableModel): string {
  const lines: string[] = [];
  for (let i = 0; i < r.recordedCount; i++) lines.push(JSON.stringify(r.event(i)));
  return lines.join('\n') + JSON.stringify(r.output());
}

function compiled(src: string): GoProgram {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  return c.program;
}

describe('CPU clock: work charged in place changes nothing a run shows', () => {
  const cases = MODEL_IDS.flatMap((m) => Object.keys(PROGRAMS).map((p) => [m, p] as const));
  it.each(cases)(
    '%s on %s: same event log and output as with every work stretch on the agenda',
    (model, name) => {
      const program = compiled(PROGRAMS[name] as string);
      for (const cores of [1, 3]) {
        const fast = createModelRun(model, program, { cores, seed: 7 });
        fast.runToEnd();
        const slow = createModelRun(model, withoutClock(program), { cores, seed: 7 });
        slow.runToEnd();
        expect(fast.exit?.code).toBe(0);
        expect(log(fast)).toBe(log(slow));
        const actions = (r: RunnableModel): number => (r as unknown as { actions: number }).actions;
        expect(actions(fast)).toBeLessThan(actions(slow));
      }
    },
  );

  it.each(MODEL_IDS)(
    '%s: runUntil in small steps records nothing after its bound and the same log',
    (model) => {
      const program = compiled(MIXED);
      const whole = createModelRun(model, program, { cores: 2, seed: 3 });
      whole.runToEnd();
      const stepped = createModelRun(model, program, { cores: 2, seed: 3 });
      for (let t = 7_919; stepped.exit === undefined && t < 1e10; t += 7_919) {
        stepped.runUntil(t);
        expect(stepped.recordedCount === 0 || stepped.event(stepped.recordedCount - 1).t <= t).toBe(true);
      }
      expect(log(stepped)).toBe(log(whole));
    },
  );
});
