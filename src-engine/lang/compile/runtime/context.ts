/**
 * `context` at run time, after Go 1.23's context.go. A context is an interface value whose box holds a
 * {@link Ctx}: plain data (keyframes clone it). Cancelling computes the runtime requests Go's
 * `cancelCtx.cancel` makes (close of each Done channel, parent first, then the children in map order;
 * `timer.Stop` of a timerCtx after its children), which the compiler hands to the engine one by one.
 */
import type { Op } from '../../../sim/body';
import type { TypeDesc } from '../fmt/typeDesc';
import { durationString } from '../fmt/duration';
import { iterationOrder } from './maps';
import { registerNatives } from './natives';
import { type Box, rtType, rtTypeId } from './rtypes';
import { GoPanic, type RV } from './types';
import { setDynEq } from '../compiler/values';

/** The kinds of context Go's package makes. */
export type CtxKind = 'background' | 'todo' | 'cancel' | 'timer' | 'value';

/** One context's state. */
export interface Ctx {
  readonly kind: CtxKind;
  /** The context it derives from (null for Background and TODO). */
  readonly parent: Ctx | null;
  /** Its Done channel's handle (a cancelCtx or timerCtx; 0 for the others, whose Done is their parent's). */
  done: number;
  /** Canceled or DeadlineExceeded once cancelled, else null. */
  err: Box | null;
  /** Contexts cancelled with this one (Go's `children` map), in insertion order. */
  children: Ctx[];
  /** A timerCtx's deadline on the virtual clock (ns), else -1. */
  deadlineNs: number;
  /** A timerCtx's AfterFunc timer handle while it may fire, else 0. */
  timer: number;
  /** A valueCtx's key and value. */
  readonly key: RV;
  readonly val: RV;
}

function ctxType(name: string, desc: TypeDesc): number {
  return rtTypeId(`context#${name}`, () => ({ name, desc }));
}

const opaque = (name: string): TypeDesc => ({ k: 'struct', name, elem: null, fields: [] });

const IDS: Record<CtxKind, number> = {
  background: ctxType('context.backgroundCtx', opaque('context.backgroundCtx')),
  todo: ctxType('context.todoCtx', opaque('context.todoCtx')),
  cancel: ctxType('*context.cancelCtx', opaque('*context.cancelCtx')),
  timer: ctxType('*context.timerCtx', opaque('*context.timerCtx')),
  value: ctxType('*context.valueCtx', opaque('*context.valueCtx')),
};

/** `context.Canceled`: an `errors.New` value (`*errors.errorString`). */
const CANCELED_T = ctxType('*errors.errorString', { k: 'errstr', name: '*errors.errorString', elem: null });
/** `context.DeadlineExceeded`: a `context.deadlineExceededError{}`. */
const DEADLINE_T = ctxType('context.deadlineExceededError', opaque('context.deadlineExceededError'));

/** `context.Canceled`. */
export const CANCELED: Box = { t: CANCELED_T, v: ['context canceled'] };
/** `context.DeadlineExceeded`. */
export const DEADLINE_EXCEEDED: Box = { t: DEADLINE_T, v: [] };
/** The error variable of kind `k` (stdlib/context.ts: 0 Canceled, 1 DeadlineExceeded). */
export function ctxErrorVar(k: number): Box {
  return k === 0 ? CANCELED : DEADLINE_EXCEEDED;
}
// One value per type: equal whatever copy a keyframe made.
setDynEq(CANCELED_T, () => true);
setDynEq(DEADLINE_T, () => true);
registerNatives(CANCELED_T, { Error: () => 'context canceled', '#fmtError': () => 'context canceled' });
registerNatives(DEADLINE_T, {
  Error: () => 'context deadline exceeded',
  '#fmtError': () => 'context deadline exceeded',
});

/** A new context of `kind` under `parent`. */
export function newCtx(kind: CtxKind, parent: Ctx | null, key: RV = null, val: RV = null): Box {
  const c: Ctx = { kind, parent, done: 0, err: null, children: [], deadlineNs: -1, timer: 0, key, val };
  return { t: IDS[kind], v: c };
}

/** The nearest cancelCtx or timerCtx at or above `c` (Go's parentCancelCtx), or null. */
export function cancelAncestor(c: Ctx | null): Ctx | null {
  let p = c;
  while (p !== null && p.kind === 'value') p = p.parent;
  return p !== null && (p.kind === 'cancel' || p.kind === 'timer') ? p : null;
}

/** `ctx.Deadline()`: the nearest timerCtx's deadline. */
function deadlineOf(c: Ctx): number {
  for (let p: Ctx | null = c; p !== null; p = p.parent) if (p.kind === 'timer') return p.deadlineNs;
  return -1;
}

/** The deadline of `c` on the virtual clock, or -1 when it has none. */
export function ctxDeadline(c: Ctx): number {
  return deadlineOf(c);
}

/**
 * The requests of `c.cancel(removeFromParent, err)`: each Done channel to close and timer to stop, in
 * Go's order. `draw` gives the random uint32 of each map iteration over children (only when there are
 * two or more). Updates the states (errors set, children dropped, `c` removed from its parent).
 */
export function cancelOps(c: Ctx, err: Box, remove: boolean, draw: () => number): Op[] {
  const ops: Op[] = [];
  cancelInto(c, err, draw, ops);
  if (remove) {
    const p = cancelAncestor(c.parent);
    if (p !== null) p.children = p.children.filter((k) => k !== c);
  }
  return ops;
}

function cancelInto(c: Ctx, err: Box, draw: () => number, ops: Op[]): void {
  if (c.err !== null) return;
  c.err = err;
  ops.push({ op: 'close', ch: c.done });
  const kids = c.children;
  c.children = [];
  let order = kids;
  if (kids.length > 1) {
    const idx = new Map<RV, RV>(kids.map((_, i) => [i, i]));
    order = iterationOrder(idx, draw()).map((i) => kids[i as number] as Ctx);
  }
  for (const k of order) cancelInto(k, err, draw, ops);
  if (c.timer !== 0) {
    ops.push({ op: 'timerStop', ch: c.timer });
    c.timer = 0;
  }
}

/** A context's error: its own, or (a valueCtx) its parent's. */
function errOf(c: Ctx): Box | null {
  const p = c.kind === 'value' ? cancelAncestor(c) : c;
  return p === null ? null : p.err;
}

/** A context's Done channel (0, a nil channel, for one that is never cancelled). */
function doneOf(c: Ctx): number {
  return cancelAncestor(c)?.done ?? 0;
}

/** Go's `stringify` in valueCtx.String. */
function stringify(v: RV): string {
  if (v === null) return '<nil>';
  const b = v as Box;
  const name = rtType(b.t).name;
  return name === 'string' ? (b.v as string) : name;
}

function contextName(c: Ctx): string {
  switch (c.kind) {
    case 'background':
      return 'context.Background';
    case 'todo':
      return 'context.TODO';
    case 'cancel':
      return `${contextName(c.parent as Ctx)}.WithCancel`;
    case 'value':
      return `${contextName(c.parent as Ctx)}.WithValue(${stringify(c.key)}, ${stringify(c.val)})`;
    case 'timer':
      // Go prints the deadline's wall-clock date, which a simulation has no way to know.
      return `${contextName(c.parent as Ctx)}.WithDeadline(${durationString(c.deadlineNs)})`;
  }
}

/** `ctx.Value(key)`: the innermost valueCtx with an equal key. */
function valueOf(c: Ctx, key: RV, eq: (a: RV, b: RV) => boolean): RV {
  for (let p: Ctx | null = c; p !== null; p = p.parent)
    if (p.kind === 'value' && eq(p.key, key)) return p.val;
  return null;
}

/** Installs the contexts' methods, given the interface equality Value compares keys with. */
export function installContextMethods(eq: (a: RV, b: RV) => boolean): void {
  for (const id of Object.values(IDS)) {
    registerNatives(id, {
      Done: (v) => doneOf(v as Ctx),
      Err: (v) => errOf(v as Ctx),
      Value: (v, a) => valueOf(v as Ctx, a[0] ?? null, eq),
      Deadline: (v) => {
        const d = deadlineOf(v as Ctx);
        return d < 0 ? [0, false] : [d, true];
      },
      '#fmtString': (v) => contextName(v as Ctx),
    });
  }
}

/** Go's panics of `WithValue`: a nil key, or a key whose dynamic type is not comparable. */
export function checkValueKey(key: RV, comparable: (k: Box) => boolean): void {
  if (key === null) throw new GoPanic('nil key');
  if (!comparable(key as Box)) throw new GoPanic('key is not comparable');
}
