/**
 * A run's initial state (`emptyState`), built by class constructors rather than object literals.
 *
 * @remarks
 * V8 builds an object literal's boilerplate the second time the literal runs, and doing so invalidates code
 * optimised against the objects the first run made. These objects are made once per run, so with literals
 * every second run would begin by throwing away and re-optimising most of the engine. Instances of these
 * classes are still plain data: own enumerable fields only, no methods.
 */
import { DeadGs } from '../state/deadGs';
import { forkStream, type PrngState } from '../rand/Prng';
import type {
  Chan,
  GState,
  MState,
  PState,
  Sched,
  SimState,
  SyncObj,
  SysmonState,
  Timer,
} from '../state/types';
import { NONE } from '../state/types';
import { objectArray, sparseArray } from '../util/arrays';
import { emptyAgenda } from './agenda';

class InitialSched implements Sched {
  globq: number[] = [];
  globhead = 0;
  pidle: number[] = [];
  midle: number[] = [];
  nmspinning = 0;
  needspinning = false;
  nmidlelocked = 0;
  mcount = 0;
  goidgen = 0;
  netpollM = NONE;
  pollUntil = 0;
  lastpoll = 0;
  netpollInited = false;
  netpollWaiters = 0;
  netpollReady: number[] = [];
  gcwaiting = false;
  stopwait = 0;
  stwM = NONE;
  stwKind: Sched['stwKind'] = '';
  stwStopped = false;
  ngLive = 0;
  constructor(public newprocs: number) {}
}

class InitialSysmon implements SysmonState {
  idle = 0;
  delayUs = 20;
  wait = false;
  gen = 0;
  m = NONE;
}

class InitialState implements SimState {
  now = 0;
  agenda = emptyAgenda();
  gs: (GState | undefined)[] = sparseArray();
  dead = new DeadGs();
  ps: PState[] = objectArray();
  ms: MState[] = objectArray();
  gomaxprocs = 0;
  sched: Sched;
  chans: (Chan | undefined)[] = objectArray();
  syncs: (SyncObj | undefined)[] = objectArray();
  timers: (Timer | undefined)[] = objectArray();
  timerFree: number[] = [];
  timerSeq = 0;
  sysmon: SysmonState = new InitialSysmon();
  rngSteal: PrngState;
  rngSelect: PrngState;
  rngLang: PrngState;
  exitCode = 0;
  exitReason = '';
  ended = false;

  constructor(gomaxprocs: number, seed: number) {
    this.sched = new InitialSched(gomaxprocs);
    this.rngSteal = forkStream(seed, 'steal');
    this.rngSelect = forkStream(seed, 'select');
    this.rngLang = forkStream(seed, 'lang');
  }
}

/** An empty state for `gomaxprocs` Ps (nothing placed yet). */
export function emptyState(gomaxprocs: number, seed: number): SimState {
  return new InitialState(gomaxprocs, seed);
}
