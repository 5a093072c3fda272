/**
 * Channels (chan.go, docs/go-scheduler.md §7): buffer ring, FIFO sendq/recvq, direct hand-off to a waiting partner
 * (woken G to the completing G's runnext; the completer keeps running), close waking every waiter
 * (LIFO-pushed, then readied: net run order R1, Rn..R2 on one P).
 */
import { budget, BYTES_PER_CHAN_VALUE } from '../limits';
import type { Value } from '../body';
import { NONE, type Chan, type GState, type MState, type PState } from '../state/types';
import { emitChanBuf, emitChanClose, emitChanMake } from './chanEvents';
import { AT_NONE, NO_ARG } from '../log/EventLog';
import { gmoveTo } from './gmove';
import { name, type Name } from './names';
import { ready } from './ready';
import { LC_RECVQ, LC_SENDQ } from './locInfo';
import type { Rt } from './Rt';

const FN_SEND = name('runtime.send');
const FN_RECV = name('runtime.recv');
const FN_CHANSEND = name('runtime.chansend');
const FN_CHANRECV = name('runtime.chanrecv');
const R_HANDED = name('chan: value handed to the waiting receiver');
const R_RELEASED = name('chan: blocked sender released by a receive');
const R_SEND = name('chan send');
const R_RECV = name('chan receive');
const R_BUF_IN = name('value into the buffer');
const R_BUF_OUT = name('value taken from the buffer');

/** Retry code: the G was woken from a sendq by close and must panic. */
export const RETRY_SEND_CLOSED = 90;

/** `makechan` by goroutine `g`; `isTimer` for the channel of `time.After`/`time.NewTimer`. */
export function makechan(rt: Rt, cap: number, g: number, isTimer: boolean): number {
  const st = rt.st;
  if (st.chans.length === 0) st.chans.push(undefined); // handle 0 is the nil channel
  const c: Chan = {
    id: st.chans.length,
    cap,
    buf: [],
    closed: false,
    recvq: [],
    sendq: [],
    timer: NONE,
    isTimer,
  };
  st.chans.push(c);
  emitChanMake(rt, g, c);
  return c.id;
}

export function chanOf(rt: Rt, id: number): Chan {
  const c = rt.st.chans[id];
  if (c === undefined) throw new Error(`no channel ${id}`);
  return c;
}

/**
 * Removes waiter `gid` from channel `c`'s queue `dir` (1 = sendq) and, for a select, from every other channel;
 * returns the select case index that fired (0 for a plain op).
 */
export function takeWaiter(rt: Rt, c: Chan, dir: number): GState {
  const q = dir === 1 ? c.sendq : c.recvq;
  const g = rt.g(q.shift() as number);
  if (g.selCh.length > 0) {
    let idx = 0;
    for (let i = 0; i < g.selCh.length; i++) {
      if (g.selCh[i] === c.id && g.selDir[i] === dir) {
        idx = i;
        break;
      }
    }
    for (let i = 0; i < g.selCh.length; i++) {
      const oc = rt.st.chans[g.selCh[i] as number];
      if (oc === undefined) continue;
      const oq = g.selDir[i] === 1 ? oc.sendq : oc.recvq;
      for (let j = oq.length - 1; j >= 0; j--) if (oq[j] === g.id) oq.splice(j, 1);
    }
    g.inIndex = idx;
    g.sendValue = (g.selVals[idx] ?? null) as Value;
    g.selCh = [];
    g.selDir = [];
    g.selVals = [];
  } else g.inIndex = 0;
  return g;
}

/** Hands `value` to a blocked receiver and readies it into `p`'s runnext. */
function deliver(rt: Rt, r: GState, value: Value, p: PState, mid: number, fn: Name): void {
  r.inValue = value;
  r.inOk = true;
  ready(rt, r, p, fn, R_HANDED, mid);
}

/** Tries a send without blocking: 1 done, 0 would block. Panics on a closed channel. */
export function trySend(rt: Rt, g: GState, m: MState, c: Chan, value: Value): number {
  if (c.closed) panicSendClosed(rt, g);
  if (c.recvq.length > 0) {
    const r = takeWaiter(rt, c, 0);
    deliver(rt, r, value, rt.st.ps[m.p] as PState, m.id, FN_SEND);
    return 1;
  }
  if (c.buf.length < c.cap) {
    budget.charge(BYTES_PER_CHAN_VALUE);
    c.buf.push(value);
    emitChanBuf(rt, g.id, c, FN_CHANSEND, R_BUF_IN);
    return 1;
  }
  return 0;
}

/** Tries a receive without blocking: true when done (result in g.inValue/inOk). */
export function tryRecv(rt: Rt, g: GState, m: MState, c: Chan): boolean {
  if (c.sendq.length > 0) {
    const s = takeWaiter(rt, c, 1);
    let v: Value;
    if (c.cap === 0) v = s.sendValue;
    else {
      // Buffer full: take the head, move the sender's value into the freed slot (FIFO kept).
      v = c.buf.shift() as Value;
      c.buf.push(s.sendValue);
    }
    s.sendValue = null;
    g.inValue = v;
    g.inOk = true;
    ready(rt, s, rt.st.ps[m.p] as PState, FN_RECV, R_RELEASED, m.id);
    return true;
  }
  if (c.buf.length > 0) {
    g.inValue = c.buf.shift() as Value;
    g.inOk = true;
    emitChanBuf(rt, g.id, c, FN_CHANRECV, R_BUF_OUT);
    return true;
  }
  if (c.closed) {
    g.inValue = null;
    g.inOk = false;
    return true;
  }
  return false;
}

export function panicSendClosed(rt: Rt, g: GState): never {
  return gopanic(rt, g, 'send on closed channel');
}

/** Go's panic output and exit status 2. */
export function gopanic(rt: Rt, g: GState, msg: string): never {
  rt.write(g.id, 'stderr', `panic: ${msg}\n\ngoroutine ${g.id} [running]:\n`);
  return rt.end(2, `panic: ${msg}`);
}

/** Go's fatal error output (`throw`/`fatal`) and exit status 2. */
export function gofatal(rt: Rt, g: GState, msg: string): never {
  rt.write(g.id, 'stderr', `fatal error: ${msg}\n\ngoroutine ${g.id} [running]:\n`);
  return rt.end(2, `fatal error: ${msg}`);
}

/** `chansend`: returns true when the sender continues, false when it parked. */
export function chansend(rt: Rt, g: GState, m: MState, c: Chan, value: Value): boolean {
  if (trySend(rt, g, m, c, value) === 1) return true;
  g.sendValue = value;
  c.sendq.push(g.id);
  g.waitKind = 'chan';
  g.waitObj = c.id;
  gmoveTo(rt, g, rt.locOf(LC_SENDQ, c.id), FN_CHANSEND, R_SEND, m.id, m.p, AT_NONE, NO_ARG);
  return false;
}

/** `chanrecv`: returns true when the receiver continues (result in inValue/inOk), false when it parked. */
export function chanrecv(rt: Rt, g: GState, m: MState, c: Chan): boolean {
  if (tryRecv(rt, g, m, c)) return true;
  c.recvq.push(g.id);
  gmoveTo(rt, g, rt.locOf(LC_RECVQ, c.id), FN_CHANRECV, R_RECV, m.id, m.p, AT_NONE, NO_ARG);
  g.waitKind = 'chan';
  g.waitObj = c.id;
  return false;
}

/** `closechan`: wake every receiver (zero value, ok=false) and sender (will panic), LIFO-pushed then readied. */
export function closechan(rt: Rt, g: GState, m: MState, c: Chan): void {
  if (c.closed) gopanic(rt, g, 'close of closed channel');
  c.closed = true;
  emitChanClose(rt, g.id, c);
  const glist: GState[] = [];
  while (c.recvq.length > 0) {
    const r = takeWaiter(rt, c, 0);
    r.inValue = null;
    r.inOk = false;
    glist.push(r);
  }
  while (c.sendq.length > 0) {
    const s = takeWaiter(rt, c, 1);
    s.retry = RETRY_SEND_CLOSED;
    glist.push(s);
  }
  const p = rt.st.ps[m.p] as PState;
  for (let i = glist.length - 1; i >= 0; i--) {
    ready(rt, glist[i] as GState, p, name('runtime.closechan'), name('chan closed: waiter readied'), m.id);
  }
}

/** A timer channel's `sendTime`: non-blocking send of the current time; a receiver goes to `p`'s runnext. */
export function chanTimerSend(rt: Rt, ch: number, p: PState, mid: number): void {
  const c = chanOf(rt, ch);
  const now = rt.st.now;
  if (c.recvq.length > 0) {
    const r = takeWaiter(rt, c, 0);
    r.inValue = now;
    r.inOk = true;
    ready(rt, r, p, name('runtime.sendTime'), name('timer fired: value to the waiting receiver'), mid);
  } else if (c.buf.length < c.cap) {
    c.buf.push(now);
    emitChanBuf(rt, -1, c, name('runtime.sendTime'), name('timer fired: the time into the buffer'));
  }
}
