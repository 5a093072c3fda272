/**
 * Moving a goroutine between locations: one `g.move` event, with the G status and the implied M changes
 * that the reducer (view/applyEvent.ts) derives from the same event.
 */
import { AT_NONE, NO_ARG } from '../log/EventLog';
import { NONE, type GState } from '../state/types';
import { nameStr, type Name } from './names';
import { LK_RUNNING, LK_SYSCALL, LK_TIMERS, type LocInfo } from './locInfo';
import type { Rt } from './Rt';

/**
 * Moves `g` to `to`. `m` is the M involved when `to` or `from` is `running(..)`/`syscall(..)`.
 * For a park, `reason` is Go's wait reason (it becomes the G's waitReason).
 */
export function gmove(
  rt: Rt,
  g: GState,
  to: string,
  fn: Name,
  reason: Name,
  m = NONE,
  p = NONE,
  at = AT_NONE,
  arg = NO_ARG,
): void {
  gmoveTo(rt, g, rt.loc(to), fn, reason, m, p, at, arg);
}

/** {@link gmove} with the destination already parsed (hot callers keep {@link LocInfo}s per P). */
export function gmoveTo(
  rt: Rt,
  g: GState,
  ti: LocInfo,
  fn: Name,
  reason: Name,
  m: number,
  p: number,
  at: number,
  arg: number,
): void {
  const to = ti.str;
  let fi = rt.gLoc[g.id];
  if (fi === undefined || fi.str !== g.loc) fi = rt.loc(g.loc);
  rt.gLoc[g.id] = ti;
  if (m < 0 && g.m >= 0 && (fi.kind === LK_RUNNING || fi.kind === LK_SYSCALL)) m = g.m;
  applyImpliedM(rt, g, fi, ti, m);
  g.loc = to;
  g.status = ti.status;
  g.wakeAt = ti.kind === LK_TIMERS ? arg : -1;
  g.waitReason = g.status === '_Gwaiting' ? nameStr(reason) : '';
  if (g.status !== '_Gwaiting') {
    g.waitKind = '';
    g.waitObj = NONE;
  }
  rt.emitMove(g, p, m, fi.id, ti.id, reason, fn, at, arg);
}

function applyImpliedM(rt: Rt, g: GState, fi: LocInfo, ti: LocInfo, mid: number): void {
  if (mid < 0) return;
  const m = rt.m(mid);
  const tk = ti.kind;
  const fk = fi.kind;
  if (tk === LK_RUNNING) {
    m.curg = g.id;
    m.state = 'running';
    m.p = ti.num;
    g.m = mid;
  } else if (fk === LK_RUNNING) {
    if (tk === LK_SYSCALL) {
      m.state = 'syscall';
      m.p = NONE;
    } else {
      m.curg = NONE;
      m.state = 'scheduling';
      g.m = NONE;
    }
  } else if (fk === LK_SYSCALL) {
    m.curg = NONE;
    g.m = NONE;
  }
}
