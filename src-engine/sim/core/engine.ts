/**
 * Bootstrap (`schedinit` + `newproc(runtime.main)` + sysmon) and the action loop: pops the earliest agenda
 * entry and runs the rule it stands for.
 */
import type { GoProgram } from '../body';
import { AT_NONE } from '../log/EventLog';
import { NONE } from '../state/types';
import { agendaPeek } from './agenda';
import { exitsyscall } from './syscall';
import { runG } from './exec';
import { nextgLoc } from './locs';
import { K_G_CREATE, name, NO_NAME } from './names';
import { allocG, goschedImpl } from './proc';
import { acquirep, newm, pidleput, setM } from './procs';
import { netpollWake, fdReady } from './netpoll';
import { runqput } from './runq';
import {
  A_FD_READY,
  A_MRUN,
  A_MSCHED,
  A_MWAKE,
  A_NETPOLL_WAKE,
  A_PREEMPT,
  A_STEAL_RESUME,
  A_STW_DONE,
  A_STW_REPREEMPT,
  A_SYSCALL_DONE,
  A_SYSMON,
  ProgramEnd,
  type Rt,
} from './Rt';
import { execute, schedule } from './schedule';
import { newP, startTheWorld, stwRepreempt } from './stw';
import { sysmonTick } from './sysmon';

export { emptyState } from './newState';

/**
 * Schedules P0 has done before `main.main` runs (runtime.main, forcegchelper, bgsweep, bgscavenge), so the
 * `schedtick % 61` fairness phase matches a real start-up (S02 run A).
 */
export const STARTUP_SCHEDTICKS = 4;

/** Goids 2..5 are taken by runtime goroutines (forcegc, bgsweep, bgscavenge, finalizer), not simulated. */
export const RESERVED_GOIDS = 4;

/** `schedinit` → `procresize`, G1 = runtime.main in P0's runnext, M0 runs it, sysmon starts on its own M. */
export function bootstrap(rt: Rt, program: GoProgram, gomaxprocs: number): void {
  const st = rt.st;
  rt.emitStr(
    'gomaxprocs',
    -1,
    -1,
    -1,
    '0',
    String(gomaxprocs),
    `GOMAXPROCS ${gomaxprocs}`,
    'runtime.schedinit',
    AT_NONE,
    gomaxprocs,
  );
  for (let i = 0; i < gomaxprocs; i++) st.ps.push(newP(i));
  st.gomaxprocs = gomaxprocs;
  const m0 = newm(rt);
  (st.ps[0] as (typeof st.ps)[number]).schedtick = STARTUP_SCHEDTICKS;
  acquirep(rt, m0, 0, name('runtime.procresize'));
  for (let i = gomaxprocs - 1; i >= 1; i--)
    pidleput(rt, st.ps[i] as (typeof st.ps)[number], name('runtime.procresize'));
  const p0 = st.ps[0] as (typeof st.ps)[number];
  // P0's first goid batch is 1..16: main is 1, the runtime's own goroutines take the next few.
  p0.goidcache = 2 + RESERVED_GOIDS;
  p0.goidcacheend = 1 + 16;
  st.sched.goidgen = 16;
  const g1 = allocG(1, rt.bodyId(program.main), program.initialState);
  st.gs[1] = g1;
  st.sched.ngLive = 1;
  const dead = name('dead');
  rt.emit(K_G_CREATE, 1, 0, 0, NO_NAME, dead, name('runtime.main'), name('runtime.newproc1'));
  runqput(rt, p0, g1, true, name('runtime.newproc'), name('main goroutine'), NONE);
  const sm = newm(rt);
  st.sysmon.m = sm.id;
  setM(rt, sm, 'sysmon', name('runtime.sysmon'), name('sysmon starts on its own M, without a P'));
  rt.at(20_000, A_SYSMON, 0, st.sysmon.gen);
  schedule(rt, m0);
}

const entry = { t: 0, kind: 0, target: 0, gen: 0 };
const FN_MSTART = name('runtime.mstart');

/** Earliest pending valid action time, or undefined (stale entries are dropped). */
export function peekTime(rt: Rt): number | undefined {
  while (agendaPeek(rt.st, entry)) {
    if (isStale(rt, entry.kind, entry.target, entry.gen)) {
      rt.pop(entry);
      continue;
    }
    return entry.t;
  }
  return undefined;
}

function isStale(rt: Rt, kind: number, x: number, gen: number): boolean {
  if (kind === A_SYSMON) return gen !== rt.st.sysmon.gen;
  if (kind === A_FD_READY) return false;
  const m = rt.st.ms[x];
  return m === undefined || m.gen !== gen;
}

/** Pops the earliest valid agenda entry into `entry` (stale ones are dropped); false when none is left. */
function popAction(rt: Rt): boolean {
  for (;;) {
    if (!rt.pop(entry)) return false;
    if (!isStale(rt, entry.kind, entry.target, entry.gen)) return true;
  }
}

/**
 * Runs the action in `entry` (just popped). `horizonNs`: the run's bound (`runUntil`): CPU work charged in
 * place (see cpuClock.ts) never carries the clock past it.
 */
function runPopped(rt: Rt, horizonNs: number): void {
  const st = rt.st;
  if (entry.t > st.now) st.now = entry.t;
  const cpu = rt.cpu;
  cpu.m = null;
  cpu.beginAction(rt.log.length, horizonNs);
  try {
    runAction(rt, entry.kind, entry.target);
  } catch (e) {
    if (!(e instanceof ProgramEnd)) throw e;
  }
}

/** Most actions {@link processSilent} runs in one call (bounds a call's work; the count is not semantic). */
export const SILENT_ACTIONS = 64;

/**
 * Runs the next action, then the following ones while they record nothing, start at or before `horizonNs` and
 * number at most `max`: what one action at a time would do, without a round trip to the caller per silent
 * action (a sysmon tick, a step of CPU work). Returns how many ran; 0 when the agenda is empty.
 */
export function processSilent(rt: Rt, horizonNs: number, max: number): number {
  const log = rt.log;
  const before = log.length;
  if (!popAction(rt)) return 0;
  let ran = 0;
  for (;;) {
    runPopped(rt, horizonNs);
    ran++;
    if (ran >= max || log.length !== before || rt.st.ended) break;
    const t = peekTime(rt);
    if (t === undefined || t > horizonNs) break;
    // peekTime dropped the stale entries above the earliest valid one: pop it without checking it again.
    rt.pop(entry);
  }
  return ran;
}

function runAction(rt: Rt, kind: number, x: number): void {
  const st = rt.st;
  switch (kind) {
    case A_SYSMON:
      return sysmonTick(rt);
    case A_FD_READY:
      return fdReady(rt, x);
  }
  const m = rt.m(x);
  switch (kind) {
    case A_MRUN:
      return runG(rt, m);
    case A_MSCHED:
      return schedule(rt, m);
    case A_MWAKE: {
      const lockedG = m.lockedg !== NONE ? st.gs[m.lockedg] : undefined;
      const pid = m.nextp;
      m.nextp = NONE;
      if (lockedG !== undefined && lockedG.loc === nextgLoc(m.id)) {
        acquirep(rt, m, pid, name('runtime.startlockedm'));
        return execute(rt, m, lockedG.id, false);
      }
      acquirep(rt, m, pid, FN_MSTART);
      return schedule(rt, m);
    }
    case A_SYSCALL_DONE:
      return exitsyscall(rt, m);
    case A_NETPOLL_WAKE:
      return netpollWake(rt, m);
    case A_STEAL_RESUME:
      return schedule(rt, m, true);
    case A_PREEMPT: {
      const g = rt.g(m.curg);
      g.remainNs = Math.max(0, m.busyUntil - st.now);
      return goschedImpl(rt, g, m, true);
    }
    case A_STW_DONE:
      return startTheWorld(rt, m);
    case A_STW_REPREEMPT:
      return stwRepreempt(rt, m);
  }
  throw new Error(`unknown action ${kind}`);
}
