/**
 * The agenda: a binary min-heap of pending actions ordered by (time, sequence), kept as parallel number arrays
 * inside the state so keyframes copy it cheaply and ties always break the same way.
 */
import type { SimState } from '../state/types';

/** One popped agenda entry. */
export interface AgendaEntry {
  t: number;
  kind: number;
  target: number;
  gen: number;
}

/** Pushes an action at time `t`; ties are broken by insertion sequence. */
export function agendaPush(st: SimState, t: number, kind: number, target: number, gen: number): void {
  let i = st.agT.length;
  const seq = st.actSeq++;
  st.agT.push(t);
  st.agS.push(seq);
  st.agK.push(kind);
  st.agX.push(target);
  st.agGen.push(gen);
  // sift up
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = st.agT[parent] as number;
    if (pt < t || (pt === t && (st.agS[parent] as number) < seq)) break;
    st.agT[i] = pt;
    st.agS[i] = st.agS[parent] as number;
    st.agK[i] = st.agK[parent] as number;
    st.agX[i] = st.agX[parent] as number;
    st.agGen[i] = st.agGen[parent] as number;
    i = parent;
  }
  st.agT[i] = t;
  st.agS[i] = seq;
  st.agK[i] = kind;
  st.agX[i] = target;
  st.agGen[i] = gen;
}

/** Pops the earliest entry into `out`; false when the agenda is empty. */
export function agendaPop(st: SimState, out: AgendaEntry): boolean {
  const n = st.agT.length;
  if (n === 0) return false;
  out.t = st.agT[0] as number;
  out.kind = st.agK[0] as number;
  out.target = st.agX[0] as number;
  out.gen = st.agGen[0] as number;
  const lt = st.agT.pop() as number;
  const ls = st.agS.pop() as number;
  const lk = st.agK.pop() as number;
  const lx = st.agX.pop() as number;
  const lg = st.agGen.pop() as number;
  const size = n - 1;
  if (size > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size) {
        const tr = st.agT[r] as number;
        const tl = st.agT[l] as number;
        if (tr < tl || (tr === tl && (st.agS[r] as number) < (st.agS[l] as number))) c = r;
      }
      const tc = st.agT[c] as number;
      if (lt < tc || (lt === tc && ls < (st.agS[c] as number))) break;
      st.agT[i] = tc;
      st.agS[i] = st.agS[c] as number;
      st.agK[i] = st.agK[c] as number;
      st.agX[i] = st.agX[c] as number;
      st.agGen[i] = st.agGen[c] as number;
      i = c;
    }
    st.agT[i] = lt;
    st.agS[i] = ls;
    st.agK[i] = lk;
    st.agX[i] = lx;
    st.agGen[i] = lg;
  }
  return true;
}
