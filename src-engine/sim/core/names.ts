/**
 * Names: the engine's vocabulary of fixed strings (event kinds, statuses, and helpers for names built from a
 * number), registered in the process-wide registry (`log/registry.ts`, re-exported here), so the hot path
 * passes numbers and a log's interner finds a name's id by array index (`Interner.idOfName`).
 *
 * @remarks
 * Only register strings from a bounded set (literals, or strings built from a P/M/channel number, cached):
 * the registry is process-wide and never shrinks. Unbounded text (panic messages, exit reasons) goes through
 * {@link Rt.emitStr}. A log's ids do not depend on registration order: its interner interns a name on first
 * use, exactly when the string would have been interned.
 */
import { name, type Name } from '../log/registry';
import type { MState, PStatus } from '../WorldView';

export { name, nameStr, registeredNames, type Name } from '../log/registry';

/** "No string" for an event's optional `from` / `to`. */
export const NO_NAME = -1 as Name;

/** Caches names made from a number (a P, M, channel or sync id): `f` runs once per number. */
export function nameCache(f: (i: number) => string): (i: number) => Name {
  const arr: Name[] = [];
  return (i) => (arr[i] ??= name(f(i)));
}

/** A name, or a plain string to register (tests and cold callers of queue functions). */
export type NameLike = Name | string;

/** The name of a {@link NameLike}. */
export function toName(n: NameLike): Name {
  return typeof n === 'string' ? name(n) : n;
}

/** Event kinds. */
export const K_G_CREATE = name('g.create');
export const K_G_MOVE = name('g.move');
export const K_P_STATUS = name('p.status');
export const K_M_STATUS = name('m.status');
export const K_M_CREATE = name('m.create');
export const K_M_STARTM = name('m.startm');

/** Names of P statuses (the `from` / `to` of `p.status` events). */
export const P_STATUS: Readonly<Record<PStatus, Name>> = {
  _Pidle: name('_Pidle'),
  _Prunning: name('_Prunning'),
  _Psyscall: name('_Psyscall'),
  _Pgcstop: name('_Pgcstop'),
  _Pdead: name('_Pdead'),
};

/** Names of M states (the `from` / `to` of `m.status` events). */
export const M_STATE: Readonly<Record<MState, Name>> = {
  running: name('running'),
  scheduling: name('scheduling'),
  spinning: name('spinning'),
  syscall: name('syscall'),
  netpoll: name('netpoll'),
  idle: name('idle'),
  'locked-idle': name('locked-idle'),
  sysmon: name('sysmon'),
};
