/**
 * A bare runtime for rule-level unit tests: bootstrapped with an idle main, with helpers to fabricate
 * goroutines in given places.
 */
import { resolveCostModel } from '../costModel';
import { bootstrap, emptyState } from '../core/engine';
import { allocG } from '../core/proc';
import { Rt } from '../core/Rt';
import { EventLog } from '../log/EventLog';
import type { GState } from '../state/types';
import { body, initState } from './bodyBuilder';

const idle = body('main.idle', []);

export function bareRt(gomaxprocs: number, seed = 1): Rt {
  const rt = new Rt(emptyState(gomaxprocs, seed), new EventLog(), resolveCostModel(), [], 100_000);
  bootstrap(rt, { main: idle, initialState: initState() }, gomaxprocs);
  return rt;
}

/** A new runnable-to-be G with the given goid (placed nowhere yet: status dead). */
export function fakeG(rt: Rt, id: number): GState {
  const g = allocG(id, 0, initState());
  rt.st.gs[id] = g;
  rt.st.sched.ngLive++;
  return g;
}
