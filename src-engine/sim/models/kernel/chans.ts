/** Channels and select for the historical models: Go's semantics (hand-off, buffer, close), FIFO waiters. */
import type { SelectCase, Value } from '../../body';
import { name, type Name } from '../../core/names';
import { nextN } from '../../rand/Prng';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import { wake } from './sched';
import type { Sim } from './Sim';
import type { Chan, ChanWaiter, Task, Thread } from './state';

const FN_SEND = name('chansend');
const FN_RECV = name('chanrecv');
const FN_CLOSE = name('closechan');
const FN_SELECT = name('selectgo');
const R_HANDED = KERNEL_REASONS.reason('chan: value handed to the waiting receiver');
const R_RELEASED = KERNEL_REASONS.reason('chan: blocked sender released by a receive');
const R_SEND = KERNEL_REASONS.reason('chan send');
const R_RECV = KERNEL_REASONS.reason('chan receive');
const R_SELECT = KERNEL_REASONS.reason('select');
const R_CLOSED = KERNEL_REASONS.reason('chan closed: waiter released');
const R_TIMER = KERNEL_REASONS.reason('timer fired: value to the waiting receiver');
const selectLocs = new Map<string, Name>();

export function chanOf(sim: Sim, ch: number): Chan {
  const c = sim.chans[ch];
  if (c === undefined) throw new Error(`no channel ${ch}`);
  return c;
}

export function makeChan(sim: Sim, cap: number): number {
  const id = sim.chans.length;
  sim.chans.push({ id, cap, buf: [], closed: false, recvq: [], sendq: [], timer: -1 });
  return id;
}

/** First valid waiter of a queue (select waiters of a task already woken are skipped). */
function takeWaiter(sim: Sim, q: ChanWaiter[]): ChanWaiter | undefined {
  while (q.length > 0) {
    const w = q.shift() as ChanWaiter;
    const t = sim.tasks[w.task];
    if (t !== undefined && !t.done && t.waitGen === w.gen) {
      t.waitGen++;
      return w;
    }
  }
  return undefined;
}

function hasWaiter(sim: Sim, q: ChanWaiter[]): boolean {
  while (q.length > 0) {
    const w = q[0] as ChanWaiter;
    const t = sim.tasks[w.task];
    if (t !== undefined && !t.done && t.waitGen === w.gen) return true;
    q.shift();
  }
  return false;
}

/** Tries to send without blocking: true when done. Panics on a closed channel. */
function trySend(sim: Sim, task: Task, th: Thread, c: Chan, v: Value): boolean {
  if (c.closed) sim.panic(task, 'send on closed channel');
  const w = takeWaiter(sim, c.recvq);
  if (w !== undefined) {
    const r = sim.task(w.task);
    sim.setInput(r, v, true, w.index);
    wake(sim, r, th.id, R_HANDED, FN_SEND);
    return true;
  }
  if (c.buf.length < c.cap) {
    c.buf.push(v);
    return true;
  }
  return false;
}

/** Tries to receive without blocking: true when done (the result is in the task's input). */
function tryRecv(sim: Sim, task: Task, th: Thread, c: Chan, index: number): boolean {
  if (c.buf.length > 0) {
    sim.setInput(task, c.buf.shift() as Value, true, index);
    const w = takeWaiter(sim, c.sendq);
    if (w !== undefined) {
      c.buf.push(w.value);
      const s = sim.task(w.task);
      sim.setInput(s, null, true, w.index);
      wake(sim, s, th.id, R_RELEASED, FN_RECV);
    }
    return true;
  }
  const w = takeWaiter(sim, c.sendq);
  if (w !== undefined) {
    sim.setInput(task, w.value, true, index);
    const s = sim.task(w.task);
    sim.setInput(s, null, true, w.index);
    wake(sim, s, th.id, R_RELEASED, FN_RECV);
    return true;
  }
  if (c.closed) {
    sim.setInput(task, null, false, index);
    return true;
  }
  return false;
}

/** `ch <- v`: true when the sender continues, false when it blocked. */
export function send(sim: Sim, task: Task, th: Thread, c: Chan, v: Value): boolean {
  if (trySend(sim, task, th, c, v)) return true;
  c.sendq.push({ task: task.id, gen: task.waitGen, index: 0, value: v });
  task.waitReason = 'chan send';
  sim.move(task, N.sendqC(c.id), R_SEND, FN_SEND, th.id);
  return false;
}

/** `<-ch`: true when the receiver continues, false when it blocked. */
export function recv(sim: Sim, task: Task, th: Thread, c: Chan): boolean {
  if (tryRecv(sim, task, th, c, 0)) return true;
  c.recvq.push({ task: task.id, gen: task.waitGen, index: 0, value: null });
  task.waitReason = 'chan receive';
  sim.move(task, N.recvqC(c.id), R_RECV, FN_RECV, th.id);
  return false;
}

/** `close(ch)`: receivers get the zero value and ok=false; blocked senders panic (as in Go). */
export function closeChan(sim: Sim, task: Task, th: Thread, c: Chan): void {
  if (c.closed) sim.panic(task, 'close of closed channel');
  c.closed = true;
  for (let w = takeWaiter(sim, c.recvq); w !== undefined; w = takeWaiter(sim, c.recvq)) {
    const r = sim.task(w.task);
    sim.setInput(r, null, false, w.index);
    wake(sim, r, th.id, R_CLOSED, FN_CLOSE);
  }
  if (hasWaiter(sim, c.sendq)) sim.panic(task, 'send on closed channel');
}

/** The runtime's send of the time on a timer channel. */
export function timerSend(sim: Sim, c: Chan): void {
  const w = takeWaiter(sim, c.recvq);
  if (w !== undefined) {
    const r = sim.task(w.task);
    sim.setInput(r, sim.now, true, w.index);
    wake(sim, r, -1, R_TIMER, name('runtime.sendTime'));
  } else if (c.buf.length < c.cap) c.buf.push(sim.now);
}

/** `select`: polls the cases in a random order (seeded); blocks on all of them when none is ready. */
export function select(
  sim: Sim,
  task: Task,
  th: Thread,
  cases: readonly SelectCase[],
  hasDefault: boolean,
): boolean {
  const n = cases.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = nextN(sim.prng, i + 1);
    const x = order[i] as number;
    order[i] = order[j] as number;
    order[j] = x;
  }
  for (const i of order) {
    const cs = cases[i] as SelectCase;
    if (cs.ch === 0) continue;
    const c = chanOf(sim, cs.ch);
    if (cs.dir === 'send') {
      if (trySend(sim, task, th, c, cs.value)) {
        sim.setInput(task, null, true, i);
        return true;
      }
    } else if (tryRecv(sim, task, th, c, i)) return true;
  }
  if (hasDefault) {
    sim.setInput(task, null, true, -1);
    return true;
  }
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const cs = cases[i] as SelectCase;
    if (cs.ch === 0) continue;
    const c = chanOf(sim, cs.ch);
    ids.push(cs.ch);
    if (cs.dir === 'send') c.sendq.push({ task: task.id, gen: task.waitGen, index: i, value: cs.value });
    else c.recvq.push({ task: task.id, gen: task.waitGen, index: i, value: null });
  }
  task.waitReason = ids.length === 0 ? 'select (no cases)' : 'select';
  const key = `select(${ids.map((i) => `ch${i}`).join(',')})`;
  let loc = selectLocs.get(key);
  if (loc === undefined) {
    loc = name(key);
    selectLocs.set(key, loc);
  }
  sim.move(task, loc, R_SELECT, FN_SELECT, th.id);
  return false;
}
