import type * as ast from '../ast';
import {
  ATOMIC_TYPES,
  ATOMIC_VALUE,
  TEXT_BUFFERS,
  MUTEX,
  ONCE,
  POOL,
  RW_MUTEX,
  SYNC_MAP,
  WAIT_GROUP,
} from '../library';
import { type Type, typeString } from '../types';
import type { Checker } from './Checker';
import type { Operand } from './operand';

/** How `go vet` (copylocks) describes a lock type, or null for types that are not locks. */
export function lockDescription(t: Type): string | null {
  if (t === WAIT_GROUP) return 'sync.WaitGroup contains sync.noCopy';
  if (t === MUTEX) return 'sync.Mutex';
  if (t === POOL) return 'sync.Pool contains sync.noCopy';
  if (t === RW_MUTEX) return 'sync.RWMutex';
  if (t === SYNC_MAP) return 'sync.Map contains sync.Mutex';
  if (t === ONCE) return 'sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy';
  if (t.kind === 'named' && ATOMIC_TYPES.has(t)) return `sync/${t.name} contains sync/atomic.noCopy`;
  return structLockDescription(t, new Set());
}

/**
 * A struct holding a lock (`scenario.C contains sync.Mutex`): vet names program types by the package path
 * of the exported module (`module scenario`, the one `gosched export-go` writes).
 */
function structLockDescription(t: Type, seen: Set<Type>): string | null {
  if (seen.has(t)) return null;
  seen.add(t);
  const u = t.kind === 'named' ? t.underlying : t;
  if (u.kind !== 'struct' || u.fields === undefined) return null;
  for (const f of u.fields) {
    const inner = lockDescription(f.type) ?? structLockDescription(f.type, seen);
    if (inner !== null) {
      const name = t.kind === 'named' ? `scenario.${t.name}` : 'struct{…}';
      return `${name} contains ${inner}`;
    }
  }
  return null;
}

/** True for expressions that denote an existing value (copying them copies the lock), as vet decides. */
function isCopySource(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'Ident':
    case 'SelectorExpr':
    case 'IndexExpr':
    case 'StarExpr':
      return true;
    case 'ParenExpr':
      return isCopySource(e.x);
    default:
      return false;
  }
}

/**
 * Reports a copy of a sync value, worded like vet's copylocks check, e.g.
 * `assignment copies lock value to m: sync.Mutex`. `what` is the message up to the colon.
 */
export function checkLockCopy(c: Checker, x: Operand, what: string): void {
  if (x.mode === 'invalid' || !isCopySource(x.expr)) return;
  const desc = lockDescription(x.type);
  if (desc) c.error(x.expr.pos, `${what}: ${desc}`);
  // Go copies an atomic.Value (vet allows it); the engine shares its box, so a copy is refused instead.
  else if (x.type === ATOMIC_VALUE) c.unsupported(x.expr.pos, 'copying an atomic.Value is');
  else if (TEXT_BUFFERS.has(x.type)) c.unsupported(x.expr.pos, `copying a ${typeString(x.type)} is`);
}

/** Reports parameters that pass a lock by value (`worker passes lock by value: sync.Mutex`). */
export function checkLockParams(
  c: Checker,
  fields: readonly ast.Field[],
  types: readonly Type[],
  name: string,
): void {
  let i = 0;
  for (const f of fields) {
    const t = types[i];
    const desc = t ? lockDescription(t) : null;
    if (desc) c.error(f.type.pos, `${name} passes lock by value: ${desc}`);
    i += Math.max(1, f.names.length);
  }
}
