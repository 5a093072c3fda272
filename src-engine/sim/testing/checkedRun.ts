/**
 * Steps a run event by event, folding the reducer from the initial view and checking after every event that
 * the fold equals `run.view()` and that the invariants hold (engine state at action boundaries).
 */
import { expect } from 'vitest';
import type { GoRun } from '../GoRun';
import { applyEvent, initialView } from '../view/applyEvent';
import type { WorldView } from '../WorldView';
import { checkState, checkView } from './invariants';

export function checkedRun(run: GoRun, maxEvents = 200_000, compareEvery = 1): WorldView {
  let folded = initialView();
  let prevT = 0;
  for (let i = 0; i < maxEvents; i++) {
    const e = run.step();
    if (e === undefined) break;
    expect(e.seq).toBe(i);
    folded = applyEvent(folded, e);
    const vbad = checkView(folded, prevT);
    if (vbad.length > 0)
      throw new Error(`view invariants after event ${i} (${JSON.stringify(e)}): ${vbad.join('; ')}`);
    prevT = folded.t;
    const atBoundary = run.internals.pos === run.internals.cursor;
    if (i % compareEvery === 0 || atBoundary) {
      const v = run.view();
      if (JSON.stringify(v) !== JSON.stringify(folded)) {
        expect(folded, `fold differs from view() after event ${i}: ${JSON.stringify(e)}`).toEqual(v);
      }
    }
    if (atBoundary) {
      const bad = checkState(run.internals.st);
      if (bad.length > 0)
        throw new Error(`state invariants after event ${i} (${JSON.stringify(e)}): ${bad.join('; ')}`);
    }
  }
  return folded;
}
