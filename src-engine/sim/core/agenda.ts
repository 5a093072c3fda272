/**
 * The agenda: a binary min-heap of pending actions ordered by (time, sequence). Keys are unique (the sequence
 * number never repeats), so actions always come out in the same order, however the heap is laid out.
 *
 * @remarks
 * Entries live in slots of columns; the heap orders slot numbers. Sifting moves one integer per
 * level instead of five columns, and nothing is allocated per action (JS arrays' push/pop would).
 */
import type { Agenda, SimState } from '../state/types';

/**
 * A dense array of `n` zeros. Times, sequence numbers and generations stay in JS arrays, not Float64Arrays:
 * V8 boxes every number read from a Float64Array as a heap number, which would turn the clock and every
 * time stored from it into boxed doubles.
 */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** One popped agenda entry. */
export interface AgendaEntry {
  t: number;
  kind: number;
  target: number;
  gen: number;
}

const INITIAL = 64;

/**
 * Agenda storage. A class rather than an object literal: V8 builds a literal's boilerplate on its second run,
 * invalidating code optimised against the first object (see core/newState.ts).
 */
class AgendaStore implements Agenda {
  n = 0;
  seq = 0;
  heap: Int32Array;
  free: Int32Array;
  nFree: number;
  t: number[];
  s: number[];
  kind: Int32Array;
  target: Int32Array;
  gen: number[];

  constructor(cap: number) {
    this.heap = new Int32Array(cap);
    this.free = new Int32Array(cap);
    // Slots are handed out lowest first.
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.nFree = cap;
    this.t = zeros(cap);
    this.s = zeros(cap);
    this.kind = new Int32Array(cap);
    this.target = new Int32Array(cap);
    this.gen = zeros(cap);
  }
}

/** An empty agenda. */
export function emptyAgenda(cap = INITIAL): Agenda {
  return new AgendaStore(cap);
}

/** Doubles the capacity (all slots are in use). */
function grow(st: SimState): void {
  const a = st.agenda;
  const cap = a.heap.length;
  const b = emptyAgenda(2 * cap);
  b.n = a.n;
  b.seq = a.seq;
  b.heap.set(a.heap);
  b.kind.set(a.kind);
  b.target.set(a.target);
  for (let i = 0; i < cap; i++) {
    b.t[i] = a.t[i] as number;
    b.s[i] = a.s[i] as number;
    b.gen[i] = a.gen[i] as number;
  }
  // Slots cap .. 2cap-1 are free, lowest first.
  b.nFree = cap;
  for (let i = 0; i < cap; i++) b.free[i] = 2 * cap - 1 - i;
  st.agenda = b;
}

/** Pushes an action at time `t`; ties are broken by insertion sequence. */
export function agendaPush(st: SimState, t: number, kind: number, target: number, gen: number): void {
  if (st.agenda.nFree === 0) grow(st);
  const a = st.agenda;
  const slot = a.free[--a.nFree] as number;
  const seq = a.seq++;
  a.t[slot] = t;
  a.s[slot] = seq;
  a.kind[slot] = kind;
  a.target[slot] = target;
  a.gen[slot] = gen;
  const H = a.heap;
  const T = a.t;
  const S = a.s;
  let i = a.n++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const ps = H[parent] as number;
    const pt = T[ps] as number;
    if (pt < t || (pt === t && (S[ps] as number) < seq)) break;
    H[i] = ps;
    i = parent;
  }
  H[i] = slot;
}

/**
 * True when the agenda is empty or its earliest entry is strictly later than `t`: an action pushed now for
 * time `t` would be the next one popped (it would lose a tie: its sequence number would be the newest).
 * Stale entries count as entries (the answer errs towards false).
 */
export function agendaFirstAfter(st: SimState, t: number): boolean {
  const a = st.agenda;
  return a.n === 0 || (a.t[a.heap[0] as number] as number) > t;
}

/** Copies the earliest entry into `out` without removing it; false when the agenda is empty. */
export function agendaPeek(st: SimState, out: AgendaEntry): boolean {
  const a = st.agenda;
  if (a.n === 0) return false;
  const slot = a.heap[0] as number;
  out.t = a.t[slot] as number;
  out.kind = a.kind[slot] as number;
  out.target = a.target[slot] as number;
  out.gen = a.gen[slot] as number;
  return true;
}

/** Pops the earliest entry into `out`; false when the agenda is empty. */
export function agendaPop(st: SimState, out: AgendaEntry): boolean {
  const a = st.agenda;
  const n = a.n;
  if (n === 0) return false;
  const H = a.heap;
  const T = a.t;
  const S = a.s;
  const top = H[0] as number;
  out.t = T[top] as number;
  out.kind = a.kind[top] as number;
  out.target = a.target[top] as number;
  out.gen = a.gen[top] as number;
  a.free[a.nFree++] = top;
  const size = n - 1;
  a.n = size;
  if (size === 0) return true;
  // Sift the last entry down from the root.
  const last = H[size] as number;
  const lt = T[last] as number;
  const ls = S[last] as number;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    let c = l;
    let cs = H[l] as number;
    let ct = T[cs] as number;
    const r = l + 1;
    if (r < size) {
      const rs = H[r] as number;
      const rt = T[rs] as number;
      if (rt < ct || (rt === ct && (S[rs] as number) < (S[cs] as number))) {
        c = r;
        cs = rs;
        ct = rt;
      }
    }
    if (lt < ct || (lt === ct && ls < (S[cs] as number))) break;
    H[i] = cs;
    i = c;
  }
  H[i] = last;
  return true;
}
