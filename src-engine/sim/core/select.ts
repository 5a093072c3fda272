/**
 * `selectgo` (docs/go-scheduler.md §7.5): random poll order (inside-out Fisher-Yates from the select stream),
 * first ready case wins, `default` never blocks, nil-channel cases are dropped; otherwise the G waits on every
 * channel (lock order = channel id) and the first completer wins.
 */
import type { SelectCase, Value } from '../body';
import { nextN } from '../rand/Prng';
import type { GState, MState } from '../state/types';
import { chanOf, trySend, tryRecv } from './chan';
import { gmove } from './gmove';
import { name } from './names';
import type { Rt } from './Rt';

/** Returns true when the G continues (result set), false when it parked. */
export function selectgo(
  rt: Rt,
  g: GState,
  m: MState,
  cases: readonly SelectCase[],
  hasDefault: boolean,
): boolean {
  const active: number[] = [];
  for (let i = 0; i < cases.length; i++) if ((cases[i] as SelectCase).ch !== 0) active.push(i);
  if (active.length === 0) {
    if (hasDefault) {
      rt.setInput(g, null, false, -1);
      return true;
    }
    const why = cases.length === 0 ? 'select (no cases)' : 'select';
    g.waitKind = 'forever';
    const fn = name(cases.length === 0 ? 'runtime.block' : 'runtime.selectgo');
    gmove(rt, g, 'select()', fn, name(why), m.id, m.p);
    g.waitKind = 'forever';
    return false;
  }
  // pollorder: inside-out Fisher-Yates
  const order: number[] = [];
  for (let i = 0; i < active.length; i++) {
    const j = nextN(rt.st.rngSelect, i + 1);
    order.push(order[j] as number);
    order[j] = active[i] as number;
  }
  for (const idx of order) {
    const cs = cases[idx] as SelectCase;
    const c = chanOf(rt, cs.ch);
    if (cs.dir === 'recv') {
      if (tryRecv(rt, g, m, c)) {
        g.inIndex = idx;
        return true;
      }
    } else if (trySend(rt, g, m, c, cs.value) === 1) {
      rt.setInput(g, null, true, idx);
      return true;
    }
  }
  if (hasDefault) {
    rt.setInput(g, null, false, -1);
    return true;
  }
  // pass 2: enqueue on every channel in lock order (by channel id)
  const byLock = [...active].sort(
    (a, b) => (cases[a] as SelectCase).ch - (cases[b] as SelectCase).ch || a - b,
  );
  g.selCh = [];
  g.selDir = [];
  g.selVals = [];
  for (let i = 0; i < cases.length; i++) {
    const cs = cases[i] as SelectCase;
    g.selCh.push(cs.ch);
    g.selDir.push(cs.dir === 'send' ? 1 : 0);
    g.selVals.push(cs.dir === 'send' ? cs.value : (null as Value));
  }
  const ids: number[] = [];
  for (const idx of byLock) {
    const cs = cases[idx] as SelectCase;
    const c = chanOf(rt, cs.ch);
    if (cs.dir === 'send') c.sendq.push(g.id);
    else c.recvq.push(g.id);
    if (!ids.includes(cs.ch)) ids.push(cs.ch);
  }
  const to = `select(${ids.map((c) => `ch${c}`).join(',')})`;
  gmove(rt, g, to, name('runtime.selectgo'), name('select'), m.id, m.p);
  g.waitKind = 'select';
  return false;
}
