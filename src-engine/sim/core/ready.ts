/** `ready`/`goready`: a woken G goes to the runnext of the waker's P, then `wakep` (docs/go-scheduler.md §2.2). */
import type { GState, PState } from '../state/types';
import { wakep } from './procs';
import { runqput } from './runq';
import type { Name } from './names';
import type { Rt } from './Rt';

export function ready(rt: Rt, g: GState, p: PState, fn: Name, reason: Name, m: number): void {
  runqput(rt, p, g, true, fn, reason, m);
  wakep(rt);
}
