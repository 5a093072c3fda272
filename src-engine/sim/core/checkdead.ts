/**
 * `checkdead` (docs/go-scheduler.md §9.5): when no M is running (Ms in netpoll or a syscall count as running) and
 * no P has timers, every user goroutine is asleep: fatal error with Go's message and exit status 2.
 */
import { NONE } from '../state/types';
import type { Rt } from './Rt';

export const DEADLOCK_MSG = 'all goroutines are asleep - deadlock!';

export function checkdead(rt: Rt): void {
  const st = rt.st;
  const s = st.sched;
  if (st.ended) return;
  // mcount includes sysmon (nmsys = 1).
  const run = s.mcount - s.midle.length - s.nmidlelocked - 1;
  if (run > 0) return;
  let waiting = 0;
  for (const g of st.gs) {
    if (g === undefined || g.status === '_Gdead') continue;
    if (g.status === '_Gwaiting') waiting++;
    else throw new Error(`checkdead: runnable g ${g.id} (${g.status} at ${g.loc})`);
  }
  if (waiting === 0) {
    rt.write(NONE, 'stderr', 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n');
    rt.end(2, 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!');
  }
  for (const p of st.ps) if (p.timers.length > 0) return;
  let text = `fatal error: ${DEADLOCK_MSG}\n`;
  for (const g of st.gs) {
    if (g === undefined || g.status !== '_Gwaiting') continue;
    text += `\ngoroutine ${g.id} [${g.waitReason}]:\n`;
  }
  rt.write(NONE, 'stderr', text);
  rt.end(2, `fatal error: ${DEADLOCK_MSG}`);
}
