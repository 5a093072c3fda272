/**
 * Per-P timers (docs/go-scheduler.md §8.5): a timer fires only when some M runs that P's timers (its own
 * `schedule`, a thief's last steal round, or the netpoll M waking). The woken G goes to the runnext of the P
 * whose M ran the timer.
 */
import { AT_NONE } from '../log/EventLog';
import { NONE, type PState, type Timer } from '../state/types';
import { chanOf, chanTimerSend } from './chan';
import { emitChanBuf } from './chanEvents';
import { heapPop, heapPush, heapRemove } from './timerHeap';
import { thiefTimerReason, timersLoc } from './locs';
import { name } from './names';
import { ready } from './ready';
import { A_NETPOLL_WAKE, type Rt } from './Rt';
import { netpollWakeAt } from './netpollDelay';
import { wakep } from './procs';
import { gmove } from './gmove';
import { goFunc } from './proc';

const FN_GOROUTINE_READY = name('runtime.goroutineReady');
const R_TIMER_FIRED = name('timer fired');
const FN_TIMERCHANDRAIN = name('runtime.timerchandrain');
const R_DRAINED = name('Stop/Reset: the unreceived tick is discarded');

/** What an AfterFunc timer starts when it fires: a body id and the goroutine's initial state. */
export interface TimerFunc {
  readonly body: number;
  readonly state: unknown;
}

/** Creates a timer on P `pid`'s heap. */
export function addTimer(
  rt: Rt,
  pid: number,
  when: number,
  g: number,
  ch: number,
  periodNs = 0,
  fn: TimerFunc | null = null,
): Timer {
  const st = rt.st;
  const id = st.timerFree.length > 0 ? (st.timerFree.pop() as number) : st.timers.length;
  const seq = st.timerSeq++;
  // Reuse a dead timer's object: a sleep then allocates nothing.
  let t = rt.timerPool.pop();
  const body = fn === null ? NONE : fn.body;
  const bstate = fn === null ? null : fn.state;
  if (t === undefined) t = { id, when, seq, p: NONE, g, ch, period: periodNs, body, bstate };
  else {
    t.body = body;
    t.bstate = bstate;
    t.period = periodNs;
    t.id = id;
    t.when = when;
    t.seq = seq;
    t.p = NONE;
    t.g = g;
    t.ch = ch;
  }
  st.timers[id] = t;
  heapInsert(rt, st.ps[pid] as PState, t);
  st.sched.netpollInited = true;
  const p = st.ps[pid] as PState;
  if (p.timers[0] === t.id) wakeNetPoller(rt, when);
  return t;
}

function heapInsert(rt: Rt, p: PState, t: Timer): void {
  t.p = p.id;
  heapPush(p.timers, rt.st.timers, t.id);
}

/** Removes a timer from its heap; false if it was not in one (already fired or stopped). */
export function delTimer(rt: Rt, t: Timer): boolean {
  if (t.p === NONE) return false;
  const p = rt.st.ps[t.p] as PState;
  heapRemove(p.timers, rt.st.timers, t.id);
  t.p = NONE;
  freeTimer(rt, t);
  return true;
}

/** Recycles a timer that left its heap for good (its object is reused by the next {@link addTimer}). */
function freeTimer(rt: Rt, t: Timer): void {
  t.bstate = null;
  if (t.ch !== NONE) {
    const c = rt.st.chans[t.ch];
    if (c !== undefined && c.timer === t.id) c.timer = NONE;
  }
  rt.st.timers[t.id] = undefined;
  rt.st.timerFree.push(t.id);
  rt.timerPool.push(t);
}

/**
 * `timerchandrain`: Go 1.23 timer channels are synchronous, so `Stop` and `Reset` discard a value the timer
 * already sent but nobody received. Returns whether one was discarded.
 */
export function drainTimerChan(rt: Rt, ch: number): boolean {
  const c = chanOf(rt, ch);
  if (!c.isTimer || c.buf.length === 0) return false;
  c.buf.length = 0;
  emitChanBuf(rt, -1, c, FN_TIMERCHANDRAIN, R_DRAINED);
  return true;
}

/** Earliest timer of P, or 0. */
export function nextWhen(rt: Rt, p: PState): number {
  const id = p.timers[0];
  return id === undefined ? 0 : (rt.st.timers[id] as Timer).when;
}

/** Earliest timer over all Ps (`checkTimersNoP`), or 0. */
export function earliestTimer(rt: Rt): number {
  let w = 0;
  for (const p of rt.st.ps) {
    const x = nextWhen(rt, p);
    if (x !== 0 && (w === 0 || x < w)) w = x;
  }
  return w;
}

/**
 * `timers.check`: runs P `heap`'s expired timers on the M that holds `runner`; woken Gs go to `runner`'s
 * runnext. Returns the number of timers run.
 */
export function runTimers(rt: Rt, heap: PState, runner: PState, mid: number): number {
  let ran = 0;
  const now = rt.st.now;
  while (heap.timers.length > 0) {
    const t = rt.st.timers[heap.timers[0] as number] as Timer;
    if (t.when > now) break;
    heapPop(heap.timers, rt.st.timers);
    t.p = NONE;
    ran++;
    const gid = t.g;
    const ch = t.ch;
    const body = t.body;
    const bstate = t.bstate;
    if (t.period > 0) {
      // A ticker goes back into the same heap at its next tick, skipping ticks it missed (time.go `unlockAndRun`).
      t.when += t.period * (1 + Math.floor((now - t.when) / t.period));
      t.seq = rt.st.timerSeq++;
      heapInsert(rt, heap, t);
    } else freeTimer(rt, t);
    if (gid !== NONE) {
      const g = rt.g(gid);
      g.timer = NONE;
      const why = heap === runner ? R_TIMER_FIRED : thiefTimerReason(heap.id);
      ready(rt, g, runner, FN_GOROUTINE_READY, why, mid);
    } else if (body !== NONE) {
      goFunc(rt, runner, mid, body, bstate);
    } else if (ch !== NONE) {
      chanTimerSend(rt, ch, runner, mid);
    }
  }
  return ran;
}

/** Moves all timers of `from` to `to` (procresize's `timers.take`), re-locating sleeping Gs. */
export function takeTimers(rt: Rt, from: PState, to: PState): void {
  for (const id of from.timers) {
    const t = rt.st.timers[id] as Timer;
    heapInsert(rt, to, t);
    if (t.g !== NONE) {
      const take = name('runtime.(*timers).take');
      gmove(rt, rt.g(t.g), timersLoc(to.id), take, name('sleep'), NONE, NONE, AT_NONE, t.when);
    }
  }
  from.timers.length = 0;
}

/**
 * `wakeNetPoller(when)`: if an M is blocked in netpoll with a later deadline, re-arm it (`netpollBreak`);
 * if no M is in netpoll, `wakep`.
 */
export function wakeNetPoller(rt: Rt, when: number): void {
  const s = rt.st.sched;
  if (s.netpollM !== NONE) {
    if (s.pollUntil === 0 || s.pollUntil > when) {
      s.pollUntil = when;
      const m = rt.m(s.netpollM);
      rt.emitStr(
        'netpoll.break',
        -1,
        -1,
        m.id,
        null,
        null,
        'earlier timer: re-arm the blocked netpoll',
        'runtime.netpollBreak',
      );
      rt.mAt(m, netpollWakeAt(rt.st.now, when, rt.cost.timerSlackNs, rt.cost.threadWakeNs), A_NETPOLL_WAKE);
    }
  } else wakep(rt);
}
