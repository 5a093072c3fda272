/**
 * `context` for the checker: the `Context` interface, `CancelFunc`, the constructors (`Background`, `TODO`,
 * `WithCancel`, `WithTimeout`, `WithDeadline`, `WithValue`) and the errors `Canceled` and `DeadlineExceeded`.
 * Run-time state lives in compile/runtime/context.ts; code generation in compile/compiler/context.ts. The
 * cause functions (`WithCancelCause`, `Cause`, …), `AfterFunc` and `WithoutCancel` are refused by name.
 */
import type { LibFuncObj, LibVarObj } from '../program';
import { ANY, BOOL, EMPTY_STRUCT, ERROR, type FuncType, type NamedType, type Type } from '../types';

const fn = (params: Type[], results: Type[]): FuncType => ({
  kind: 'func',
  params,
  results,
  variadic: false,
});

/** `<-chan struct{}`, what `Done` returns. */
export const DONE_CHAN: Type = { kind: 'chan', dir: 'recv', elem: EMPTY_STRUCT };

/**
 * `context.Context`, an interface type (methods sorted by name, as interface types keep them). Only the
 * package's own contexts implement it in scenarios: a program type with these methods is not a Context the
 * engine can cancel, so the compiler dispatches these four methods to the package's implementation.
 */
export function contextType(time: Type): { ctx: NamedType; cancelFunc: NamedType } {
  const ctx: NamedType = {
    kind: 'named',
    name: 'context.Context',
    underlying: {
      kind: 'any',
      methods: [
        { name: 'Deadline', type: fn([], [time, BOOL]) },
        { name: 'Done', type: fn([], [DONE_CHAN]) },
        { name: 'Err', type: fn([], [ERROR]) },
        { name: 'Value', type: fn([ANY], [ANY]) },
      ],
    },
  };
  const cancelFunc: NamedType = { kind: 'named', name: 'context.CancelFunc', underlying: fn([], []) };
  return { ctx, cancelFunc };
}

let nextId = -200_000;

/** The members of `context` the subset has, for library.ts's package table. */
export function contextMembers(
  time: Type,
  duration: Type,
  ctx: NamedType,
  cancelFunc: NamedType,
): Map<string, LibFuncObj | LibVarObj | { kind: 'type'; id: number; name: string; type: Type }> {
  const f = (name: string, type: FuncType): LibFuncObj => ({
    kind: 'libfunc',
    id: nextId--,
    pkg: 'context',
    name,
    type,
    resultsUnusable: false,
  });
  // The value of a context error variable is its kind (compile/runtime/context.ts boxes it).
  const v = (name: string, value: number): LibVarObj => ({
    kind: 'libvar',
    id: nextId--,
    pkg: 'context',
    name,
    type: ERROR,
    value,
  });
  const t = (name: string, type: Type) => ({ kind: 'type' as const, id: nextId--, name, type });
  return new Map<string, LibFuncObj | LibVarObj | { kind: 'type'; id: number; name: string; type: Type }>([
    ['Context', t('Context', ctx)],
    ['CancelFunc', t('CancelFunc', cancelFunc)],
    ['Background', f('Background', fn([], [ctx]))],
    ['TODO', f('TODO', fn([], [ctx]))],
    ['WithCancel', f('WithCancel', fn([ctx], [ctx, cancelFunc]))],
    ['WithTimeout', f('WithTimeout', fn([ctx, duration], [ctx, cancelFunc]))],
    ['WithDeadline', f('WithDeadline', fn([ctx, time], [ctx, cancelFunc]))],
    ['WithValue', f('WithValue', fn([ctx, ANY, ANY], [ctx]))],
    ['Canceled', v('Canceled', 0)],
    ['DeadlineExceeded', v('DeadlineExceeded', 1)],
  ]);
}

/** Every name the real package exports (the others are refused as "not supported"). */
export const CONTEXT_REAL_NAMES: ReadonlySet<string> = new Set(
  'AfterFunc Background CancelCauseFunc CancelFunc Canceled Cause Context DeadlineExceeded TODO WithCancel WithCancelCause WithDeadline WithDeadlineCause WithTimeout WithTimeoutCause WithValue WithoutCancel'.split(
    ' ',
  ),
);
