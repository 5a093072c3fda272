/** Function entry and exit: the unwind instruction (index 0 of every function), prologue and `ret`. */
import type { Machine } from '../runtime/Machine';
import { CONT, type Cell, DONE, FRAMES, type Frame, type Instr, type RV } from '../runtime/types';
import type { Builder } from './Builder';

/**
 * Instruction 0 of every function: while a panic unwinds, run this frame's deferred calls (LIFO), then pop
 * the frame and continue unwinding in the caller; when no frame is left the goroutine reports the panic.
 * When a deferred call recovered the panic (`g.pan` is null again, no Goexit under way), the frame's other
 * deferred calls run as at a return, then the frame returns its results to its caller as usual.
 */
export function unwindInstr(m: Machine): Instr {
  return {
    run: (g, f) => {
      const recovered = g.pan === null && g.gx === 0;
      if (recovered) g.prec = null;
      const d = f.d;
      if (d !== null && d.length > 0) {
        const rec = d.pop() as NonNullable<Frame['d']>[number];
        f.pc = 0;
        const fr = m.pushFrame(g, rec.fn, rec.args, -1);
        if (!recovered) fr.p = 1;
        return FRAMES;
      }
      if (recovered) return m.popFrame(g, f);
      g.fr.pop();
      const caller = g.fr[g.fr.length - 1];
      if (caller === undefined) return DONE;
      caller.pc = 0;
      return FRAMES;
    },
    op: null,
    after: null,
    w: 1,
    line: 0,
  };
}

/** Emits `ret`: run the deferred calls (LIFO), then return the result registers to the caller. */
export function emitRet(b: Builder): void {
  const m = b.unit.m;
  b.emit((g, f) => {
    const d = f.d;
    if (d !== null && d.length > 0) {
      const rec = d.pop() as NonNullable<Frame['d']>[number];
      f.pc--;
      m.pushFrame(g, rec.fn, rec.args, -1);
      return FRAMES;
    }
    return m.popFrame(g, f);
  });
}

/** Emits the prologue: captured parameters move into cells, results start at their zero values. */
export function emitPrologue(
  b: Builder,
  cellParams: number[],
  results: { reg: number; cell: boolean; zero: RV; mk?: () => RV }[],
): void {
  if (cellParams.length === 0 && results.length === 0) return;
  b.emit((_g, f) => {
    for (const p of cellParams) f.r[p] = [f.r[p]] as Cell;
    for (const r of results) {
      const z = r.mk === undefined ? r.zero : r.mk();
      f.r[r.reg] = r.cell ? ([z] as Cell) : z;
    }
    return CONT;
  });
}
