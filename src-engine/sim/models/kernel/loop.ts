/** Start-up and the action loop of a historical-model run, and how a run that can go no further ends. */
import { KERNEL_REASONS } from './reasons';
import type { GoProgram } from '../../body';
import type { AgendaEntry } from '../../core/agenda';
import { name } from '../../core/names';
import { sliceEnd } from './cpu';
import { timerSend, chanOf } from './chans';
import { syscallDone, threadStep, wake } from './sched';
import { A_RUN, A_SLICE, A_SYSCALL_DONE, A_TIMER, ModelEnd, type Sim } from './Sim';
import type { Thread } from './state';

const entry: AgendaEntry = { t: 0, kind: 0, target: 0, gen: 0 };
const R_TIMER = KERNEL_REASONS.reason('timer fired');
const FN_TIMER = name('timer interrupt');

/** Creates the main task (goroutine 1) and lets the policy place it. */
export function startSim(sim: Sim, program: GoProgram): void {
  const main = sim.newTask(sim.bodyId(program.main), program.initialState, -1, 1);
  try {
    sim.policy.start(sim, main);
  } catch (e) {
    if (!(e instanceof ModelEnd)) throw e;
  }
}

/** Pops the earliest valid agenda entry into `entry` (stale ones are dropped); false when none is left. */
function popAction(sim: Sim): boolean {
  for (;;) {
    if (!sim.pop(entry)) return false;
    if (!sim.isStale(entry)) return true;
  }
}

/**
 * Runs the action in `entry` (just popped). `horizonNs`: the run's bound (`runUntil`): CPU work charged in
 * place (see cpuClock.ts) never carries the clock past it.
 */
function runPopped(sim: Sim, horizonNs: number): void {
  if (entry.t > sim.now) sim.now = entry.t;
  const cpu = sim.cpu;
  cpu.th = null;
  cpu.beginAction(sim.log.length, horizonNs);
  try {
    run(sim, entry.kind, entry.target);
  } catch (e) {
    if (!(e instanceof ModelEnd)) throw e;
  }
}

function run(sim: Sim, kind: number, x: number): void {
  switch (kind) {
    case A_RUN:
      return threadStep(sim, sim.threads[x] as Thread);
    case A_SYSCALL_DONE:
      return syscallDone(sim, sim.threads[x] as Thread);
    case A_SLICE:
      return sliceEnd(sim, x);
    case A_TIMER: {
      const t = sim.timers[x];
      if (t === undefined) return;
      t.fired = true;
      // A ticker fires again one period on, skipping ticks it missed (Go's time.go does the same).
      if (t.period > 0) {
        t.when += t.period * (1 + Math.floor((sim.now - t.when) / t.period));
        sim.at(t.when, A_TIMER, t.id, 0);
      }
      if (t.task >= 0) wake(sim, sim.task(t.task), -1, R_TIMER, FN_TIMER);
      else if (t.fn !== undefined) {
        // time.AfterFunc: the timer starts its function in a new goroutine (Go's time.goFunc).
        sim.policy.enqueue(sim, sim.newTask(t.fn.body, t.fn.state, -1), -1, 'go');
      } else timerSend(sim, chanOf(sim, t.chan));
      return;
    }
  }
}

/** Most actions {@link processSilent} runs in one call (bounds a call's work; the count is not semantic). */
export const SILENT_ACTIONS = 64;

/**
 * Runs the next action, then the following ones while they record nothing, start at or before `horizonNs` and
 * number at most `max`: what one action at a time would do, without a round trip to the caller per silent
 * action (a slice tick, a step of CPU work). Returns how many ran; 0 when the agenda is empty.
 */
export function processSilent(sim: Sim, horizonNs: number, max: number): number {
  const log = sim.log;
  const before = log.length;
  if (!popAction(sim)) return 0;
  let ran = 0;
  for (;;) {
    runPopped(sim, horizonNs);
    ran++;
    if (ran >= max || log.length !== before || sim.ended || sim.peekTime(entry) > horizonNs) break;
    // peekTime dropped the stale entries above the earliest valid one: pop it without checking it again
    // (none is left when it answered Infinity within an unbounded horizon).
    if (!sim.pop(entry)) break;
  }
  return ran;
}

/**
 * Nothing can happen any more and the program has not ended: the model's own deadlock (a pool whose workers
 * all wait), Go's "all goroutines are asleep", or a hang.
 */
export function endStuck(sim: Sim): void {
  if (sim.ended) return;
  try {
    const own = sim.policy.deadlockText?.(sim);
    if (own !== undefined) {
      sim.write(-1, 'stderr', `fatal error: ${own}\n`);
      sim.end(2, `fatal error: ${own}`);
    }
    let text = '';
    for (const t of sim.tasks) {
      if (t === undefined || t.done) continue;
      text += `\ngoroutine ${t.id} [${t.waitReason || 'waiting'}]:\n`;
    }
    if (text !== '') {
      const msg = 'all goroutines are asleep - deadlock!';
      sim.write(-1, 'stderr', `fatal error: ${msg}\n${text}`);
      sim.end(2, `fatal error: ${msg}`);
    }
    sim.end(-1, 'hang: nothing can run and no deadlock is reported');
  } catch (e) {
    if (!(e instanceof ModelEnd)) throw e;
  }
}
