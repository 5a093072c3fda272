import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import { program } from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { programArb } from '../testing/randomProgram';

const MAX = 60_000;

describe('property: random programs', () => {
  it('invariants hold and the reducer fold equals view() after every event; every program ends', () => {
    fc.assert(
      fc.property(programArb, (rp) => {
        const run = createGoRun(program(rp.main), { gomaxprocs: rp.gomaxprocs, seed: rp.seed });
        checkedRun(run, MAX);
        if (run.eventCount < MAX) {
          expect(run.exit).toBeDefined();
          const reason = run.exit?.reason ?? '';
          const stderr = run
            .output()
            .filter((o) => o.stream === 'stderr')
            .map((o) => o.text)
            .join('');
          if (run.exit?.code === 0) expect(reason).toBe('main returned');
          else {
            expect(run.exit?.code).toBe(2);
            expect([
              'fatal error: all goroutines are asleep - deadlock!',
              'panic: send on closed channel',
              'panic: close of closed channel',
            ]).toContain(reason);
            expect(stderr.startsWith(`${reason}\n\ngoroutine `)).toBe(true);
          }
        }
      }),
      { numRuns: 150, seed: 12345 },
    );
  });
});
