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
  // Local array references: this runs once per action, and V8 cannot hoist `st.agX` loads out of the loop.
  const T = st.agT;
  const S = st.agS;
  const K = st.agK;
  const X = st.agX;
  const G = st.agGen;
  let i = T.length;
  const seq = st.actSeq++;
  T.push(t);
  S.push(seq);
  K.push(kind);
  X.push(target);
  G.push(gen);
  // sift up
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = T[parent] as number;
    if (pt < t || (pt === t && (S[parent] as number) < seq)) break;
    T[i] = pt;
    S[i] = S[parent] as number;
    K[i] = K[parent] as number;
    X[i] = X[parent] as number;
    G[i] = G[parent] as number;
    i = parent;
  }
  T[i] = t;
  S[i] = seq;
  K[i] = kind;
  X[i] = target;
  G[i] = gen;
}

/** Pops the earliest entry into `out`; false when the agenda is empty. */
export function agendaPop(st: SimState, out: AgendaEntry): boolean {
  const T = st.agT;
  const S = st.agS;
  const K = st.agK;
  const X = st.agX;
  const G = st.agGen;
  const n = T.length;
  if (n === 0) return false;
  out.t = T[0] as number;
  out.kind = K[0] as number;
  out.target = X[0] as number;
  out.gen = G[0] as number;
  const lt = T.pop() as number;
  const ls = S.pop() as number;
  const lk = K.pop() as number;
  const lx = X.pop() as number;
  const lg = G.pop() as number;
  const size = n - 1;
  if (size > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size) {
        const tr = T[r] as number;
        const tl = T[l] as number;
        if (tr < tl || (tr === tl && (S[r] as number) < (S[l] as number))) c = r;
      }
      const tc = T[c] as number;
      if (lt < tc || (lt === tc && ls < (S[c] as number))) break;
      T[i] = tc;
      S[i] = S[c] as number;
      K[i] = K[c] as number;
      X[i] = X[c] as number;
      G[i] = G[c] as number;
      i = c;
    }
    T[i] = lt;
    S[i] = ls;
    K[i] = lk;
    X[i] = lx;
    G[i] = lg;
  }
  return true;
}
