import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import { program } from '../testing/bodyBuilder';
import { programArb } from '../testing/randomProgram';
import { applyEvent, initialView } from './applyEvent';
import { applyEventMut, fromWorldView, toWorldView } from './MutableView';

describe('applyEventMut (the mutable reducer behind seeking)', () => {
  it('agrees with the pure applyEvent after every event, and seeks land on the same views', () => {
    fc.assert(
      fc.property(programArb, (rp) => {
        const run = createGoRun(program(rp.main), {
          gomaxprocs: rp.gomaxprocs,
          seed: rp.seed,
          keyframeEvents: 7,
        });
        run.runToEnd(20_000);
        let pure = initialView();
        const mv = fromWorldView(initialView());
        const views: string[] = [];
        for (let i = 0; i < run.eventCount; i++) {
          const e = run.event(i);
          pure = applyEvent(pure, e);
          applyEventMut(mv, e);
          const s = JSON.stringify(pure);
          expect(JSON.stringify(toWorldView(mv))).toBe(s);
          views.push(s);
        }
        expect(views[views.length - 1]).toBe(JSON.stringify(run.view()));
        const n = views.length;
        for (const f of [0.5, 0.1, 0.9, 0.3, 0]) {
          const seq = Math.floor((n - 1) * f);
          run.seekToEvent(seq);
          expect(JSON.stringify(run.view())).toBe(views[seq]);
        }
        run.seekToEvent(-1);
        expect(run.view()).toEqual(initialView());
      }),
      { numRuns: 40, seed: 99 },
    );
  });
});
