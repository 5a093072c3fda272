import type { ConstObj, FieldObj, LibFuncObj, LibVarObj, MethodObj } from './program';
import { STD_PACKAGES } from './stdlib';
import { CONTEXT_REAL_NAMES, contextMembers, contextType } from './stdlib/context';
import {
  ANY,
  BOOL,
  BYTE,
  ERROR as PREDECLARED_ERROR,
  type FuncType,
  INT,
  FLOAT64,
  INT64,
  type NamedType,
  INT32,
  RUNE,
  STRING,
  type Type,
  typeString,
  UINT32,
  UINT64,
  UINTPTR,
} from './types';

let nextId = -1000;
function id(): number {
  return nextId--;
}

function opaque(name: string): NamedType {
  return { kind: 'named', name, underlying: { kind: 'struct', opaque: `struct{/* ${name} */}` } };
}

/** `time.Duration`, an int64 count of nanoseconds. */
export const DURATION: NamedType = { kind: 'named', name: 'time.Duration', underlying: INT64 };
/** `time.Time`, opaque: only `time.Now` makes one and `time.Since` reads it. */
export const TIME: NamedType = opaque('time.Time');
/** `time.Timer`, used through `*time.Timer`. */
export const TIMER: NamedType = opaque('time.Timer');
/** `time.Ticker`, used through `*time.Ticker`. */
export const TICKER: NamedType = opaque('time.Ticker');
/** `os.File`, used through `*os.File` (only `os.Stdout` and `os.Stderr` exist in scenarios). */
export const FILE: NamedType = opaque('os.File');
/** `sync/atomic.Int32`: its value is a box created on first use (atomics never involve the scheduler). */
export const ATOMIC_INT32: NamedType = opaque('atomic.Int32');
/** `sync/atomic.Int64`. */
export const ATOMIC_INT64: NamedType = opaque('atomic.Int64');
/** `sync/atomic.Uint32`. */
export const ATOMIC_UINT32: NamedType = opaque('atomic.Uint32');
/** `sync/atomic.Uint64` (exact over its full range, see runtime/ints.ts). */
export const ATOMIC_UINT64: NamedType = opaque('atomic.Uint64');
/** `sync/atomic.Uintptr` (64-bit, as `uintptr` is on amd64). */
export const ATOMIC_UINTPTR: NamedType = opaque('atomic.Uintptr');
/** `sync/atomic.Value`: a box holding an interface value (compile/compiler/atomicValue.ts). */
export const ATOMIC_VALUE: NamedType = opaque('atomic.Value');
/** `sync/atomic.Pointer`, generic: usable only instantiated (`atomic.Pointer[T]`, see {@link atomicPointerOf}). */
export const ATOMIC_POINTER_GENERIC: NamedType = opaque('atomic.Pointer');
const atomicPointers = new Map<Type, NamedType>();
/** `atomic.Pointer[T]` (one type per element type; its value is a box like the other atomics'). */
export function atomicPointerOf(elem: Type): NamedType {
  let t = atomicPointers.get(elem);
  if (t === undefined) {
    // Named as reflect names it (`atomic.Pointer[main.Config]`), which %T prints.
    const arg = elem.kind === 'named' && elem.declared ? `main.${elem.name}` : typeString(elem);
    const inst: NamedType = opaque(`atomic.Pointer[${arg}]`);
    const p: Type = { kind: 'pointer', elem };
    methods.set(
      inst,
      new Map<string, MethodObj | FieldObj>([
        ['Load', method(inst, 'Load', fn([], [p]))],
        ['Store', method(inst, 'Store', fn([p], []))],
        ['Swap', method(inst, 'Swap', fn([p], [p]))],
        ['CompareAndSwap', method(inst, 'CompareAndSwap', fn([p, p], [BOOL]))],
      ]),
    );
    atomicPointers.set(elem, inst);
    t = inst;
  }
  return t;
}
/** True for an `atomic.Pointer[T]` type. */
export function isAtomicPointer(t: Type): boolean {
  return t.kind === 'named' && t.declared === undefined && t.name.startsWith('atomic.Pointer[');
}
/** `sync/atomic.Bool`. */
export const ATOMIC_BOOL: NamedType = opaque('atomic.Bool');
const ATOMICS = new Map<NamedType, Type>([
  [ATOMIC_INT32, INT32],
  [ATOMIC_INT64, INT64],
  [ATOMIC_UINT32, UINT32],
  [ATOMIC_UINT64, UINT64],
  [ATOMIC_UINTPTR, UINTPTR],
  [ATOMIC_BOOL, BOOL],
]);
/** The typed atomics of `sync/atomic`, with the type of the value each holds. */
export const ATOMIC_TYPES: ReadonlyMap<Type, Type> = ATOMICS;
/** `sync.WaitGroup`. */
export const WAIT_GROUP: NamedType = opaque('sync.WaitGroup');
/** `sync.Mutex`. */
export const MUTEX: NamedType = opaque('sync.Mutex');
/** `sync.RWMutex`. */
export const RW_MUTEX: NamedType = opaque('sync.RWMutex');
/** `sync.Cond`, used through `*sync.Cond` from `sync.NewCond`. */
export const COND: NamedType = opaque('sync.Cond');
/**
 * `sync.Pool`: a struct with the exported field `New func() any` (its per-P storage is hidden at run time,
 * runtime/pool.ts), used through `Get` and `Put`.
 */
export const POOL: NamedType = {
  kind: 'named',
  name: 'sync.Pool',
  underlying: {
    kind: 'struct',
    opaque: '',
    fields: [
      { name: 'New', type: { kind: 'func', params: [], results: [ANY], variadic: false }, embedded: false },
    ],
  },
};
/** `sync.Map`: like the atomics, its value is a box created on first use (compile/runtime/syncMap.ts). */
export const SYNC_MAP: NamedType = opaque('sync.Map');
/** `sync.Once`. */
export const ONCE: NamedType = opaque('sync.Once');
const contextTypes = contextType(TIME);
/** `context.Context`, the interface of the package's contexts. */
export const CONTEXT: NamedType = contextTypes.ctx;
/** `context.CancelFunc` (`func()`). */
export const CANCEL_FUNC: NamedType = contextTypes.cancelFunc;
/** `strings.Builder`: like the atomics, its value is a box created on first use holding the bytes written. */
export const BUILDER: NamedType = opaque('strings.Builder');
/** `bytes.Buffer`, as the subset models it: a write-only text buffer, the same box as a strings.Builder's. */
export const BYTES_BUFFER: NamedType = opaque('bytes.Buffer');
/** The buffers `fmt.Fprint*` and their own Write methods append text to (boxes holding a byte string). */
export const TEXT_BUFFERS: ReadonlySet<Type> = new Set<Type>([BUILDER, BYTES_BUFFER]);
const byteSlice: Type = { kind: 'slice', elem: BYTE };
/** `io.Writer`, the first parameter of `fmt.Fprint*` (`*os.File` and `*strings.Builder` implement it). */
export const WRITER: NamedType = {
  kind: 'named',
  name: 'io.Writer',
  underlying: {
    kind: 'any',
    methods: [
      {
        name: 'Write',
        type: { kind: 'func', params: [byteSlice], results: [INT, PREDECLARED_ERROR], variadic: false },
      },
    ],
  },
};
/** `sync.Locker`, the interface of `*sync.Mutex`, `*sync.RWMutex` and `RWMutex.RLocker()`'s value. */
export const LOCKER: NamedType = {
  kind: 'named',
  name: 'sync.Locker',
  underlying: {
    kind: 'any',
    methods: [
      { name: 'Lock', type: { kind: 'func', params: [], results: [], variadic: false } },
      { name: 'Unlock', type: { kind: 'func', params: [], results: [], variadic: false } },
    ],
  },
};
/** The predeclared `error` (fmt.Println's and Printf's results are never usable in scenarios). */
export const ERROR: NamedType = PREDECLARED_ERROR;

/** The packages scenarios may import. */
export const SUPPORTED_PACKAGES: readonly string[] = [
  'bytes',
  'context',
  'errors',
  'fmt',
  'os',
  'runtime',
  'sync',
  'sync/atomic',
  'time',
  ...STD_PACKAGES.map((p) => p.path),
];

function fn(params: Type[], results: Type[], variadic = false): FuncType {
  return { kind: 'func', params, results, variadic };
}

function lib(pkg: string, name: string, type: FuncType, resultsUnusable = false): LibFuncObj {
  return { kind: 'libfunc', id: id(), pkg, name, type, resultsUnusable };
}

const anySlice: Type = { kind: 'slice', elem: ANY };
const timeChan: Type = { kind: 'chan', dir: 'recv', elem: TIME };

/** Members of a library package: functions, variables, typed constants and types. */
export type Member =
  | LibFuncObj
  | LibVarObj
  | ConstObj
  | { readonly kind: 'type'; readonly id: number; readonly name: string; readonly type: Type };

function constant(name: string, ns: bigint): ConstObj {
  return {
    kind: 'const',
    id: id(),
    name,
    type: DURATION,
    value: { kind: 'int', v: ns },
    pos: null,
    used: true,
  };
}

const filePtr: Type = { kind: 'pointer', elem: FILE };
const condPtr: Type = { kind: 'pointer', elem: COND };
const tickerPtr: Type = { kind: 'pointer', elem: TICKER };

function libVar(pkg: string, name: string, type: Type, value: number): LibVarObj {
  return { kind: 'libvar', id: id(), pkg, name, type, value };
}

function typeMember(name: string, type: Type): Member {
  return { kind: 'type', id: id(), name, type };
}

const packages: ReadonlyMap<string, ReadonlyMap<string, Member>> = new Map<string, Map<string, Member>>([
  ['context', contextMembers(TIME, DURATION, CONTEXT, CANCEL_FUNC)],
  ['strings', new Map<string, Member>([['Builder', typeMember('Builder', BUILDER)]])],
  ['bytes', new Map<string, Member>([['Buffer', typeMember('Buffer', BYTES_BUFFER)]])],
  [
    'fmt',
    new Map<string, Member>([
      ['Println', lib('fmt', 'Println', fn([anySlice], [INT, ERROR], true), true)],
      ['Printf', lib('fmt', 'Printf', fn([STRING, anySlice], [INT, ERROR], true), true)],
      ['Sprintf', lib('fmt', 'Sprintf', fn([STRING, anySlice], [STRING], true))],
      ['Sprint', lib('fmt', 'Sprint', fn([anySlice], [STRING], true))],
      ['Sprintln', lib('fmt', 'Sprintln', fn([anySlice], [STRING], true))],
      ['Errorf', lib('fmt', 'Errorf', fn([STRING, anySlice], [ERROR], true))],
      ['Print', lib('fmt', 'Print', fn([anySlice], [INT, ERROR], true), true)],
      ['Fprint', lib('fmt', 'Fprint', fn([WRITER, anySlice], [INT, ERROR], true), true)],
      ['Fprintln', lib('fmt', 'Fprintln', fn([WRITER, anySlice], [INT, ERROR], true), true)],
      ['Fprintf', lib('fmt', 'Fprintf', fn([WRITER, STRING, anySlice], [INT, ERROR], true), true)],
    ]),
  ],
  [
    'errors',
    new Map<string, Member>([
      ['New', lib('errors', 'New', fn([STRING], [ERROR]))],
      ['Is', lib('errors', 'Is', fn([ERROR, ERROR], [BOOL]))],
      ['As', lib('errors', 'As', fn([ERROR, ANY], [BOOL]))],
      ['Unwrap', lib('errors', 'Unwrap', fn([ERROR], [ERROR]))],
      ['Join', lib('errors', 'Join', fn([{ kind: 'slice', elem: ERROR }], [ERROR], true))],
    ]),
  ],
  [
    'sync/atomic',
    new Map<string, Member>([
      ['Int32', typeMember('Int32', ATOMIC_INT32)],
      ['Int64', typeMember('Int64', ATOMIC_INT64)],
      ['Uint32', typeMember('Uint32', ATOMIC_UINT32)],
      ['Uint64', typeMember('Uint64', ATOMIC_UINT64)],
      ['Uintptr', typeMember('Uintptr', ATOMIC_UINTPTR)],
      ['Bool', typeMember('Bool', ATOMIC_BOOL)],
      ['Value', typeMember('Value', ATOMIC_VALUE)],
      ['Pointer', typeMember('Pointer', ATOMIC_POINTER_GENERIC)],
      ...atomicFuncs(),
    ]),
  ],
  [
    'os',
    new Map<string, Member>([
      ['Stdout', libVar('os', 'Stdout', filePtr, 1)],
      ['Stderr', libVar('os', 'Stderr', filePtr, 2)],
      ['Exit', lib('os', 'Exit', fn([INT], []))],
      ['File', typeMember('File', FILE)],
    ]),
  ],
  [
    'time',
    new Map<string, Member>([
      ['Sleep', lib('time', 'Sleep', fn([DURATION], []))],
      ['After', lib('time', 'After', fn([DURATION], [timeChan]))],
      ['NewTimer', lib('time', 'NewTimer', fn([DURATION], [{ kind: 'pointer', elem: TIMER }]))],
      ['NewTicker', lib('time', 'NewTicker', fn([DURATION], [tickerPtr]))],
      ['Tick', lib('time', 'Tick', fn([DURATION], [timeChan]))],
      ['AfterFunc', lib('time', 'AfterFunc', fn([DURATION, fn([], [])], [{ kind: 'pointer', elem: TIMER }]))],
      ['Until', lib('time', 'Until', fn([TIME], [DURATION]))],
      ['Now', lib('time', 'Now', fn([], [TIME]))],
      ['Since', lib('time', 'Since', fn([TIME], [DURATION]))],
      ['Nanosecond', constant('Nanosecond', 1n)],
      ['Microsecond', constant('Microsecond', 1000n)],
      ['Millisecond', constant('Millisecond', 1_000_000n)],
      ['Second', constant('Second', 1_000_000_000n)],
      ['Minute', constant('Minute', 60_000_000_000n)],
      ['Hour', constant('Hour', 3_600_000_000_000n)],
      ['Duration', typeMember('Duration', DURATION)],
      ['Time', typeMember('Time', TIME)],
      ['Timer', typeMember('Timer', TIMER)],
      ['Ticker', typeMember('Ticker', TICKER)],
    ]),
  ],
  [
    'runtime',
    new Map<string, Member>([
      ['Gosched', lib('runtime', 'Gosched', fn([], []))],
      ['GOMAXPROCS', lib('runtime', 'GOMAXPROCS', fn([INT], [INT]))],
      ['NumGoroutine', lib('runtime', 'NumGoroutine', fn([], [INT]))],
      ['NumCPU', lib('runtime', 'NumCPU', fn([], [INT]))],
      ['LockOSThread', lib('runtime', 'LockOSThread', fn([], []))],
      ['UnlockOSThread', lib('runtime', 'UnlockOSThread', fn([], []))],
      ['GC', lib('runtime', 'GC', fn([], []))],
      ['Goexit', lib('runtime', 'Goexit', fn([], []))],
    ]),
  ],
  [
    'sync',
    new Map<string, Member>([
      ['WaitGroup', typeMember('WaitGroup', WAIT_GROUP)],
      ['Mutex', typeMember('Mutex', MUTEX)],
      ['RWMutex', typeMember('RWMutex', RW_MUTEX)],
      ['Once', typeMember('Once', ONCE)],
      ['Pool', typeMember('Pool', POOL)],
      ['Map', typeMember('Map', SYNC_MAP)],
      ['Cond', typeMember('Cond', COND)],
      ['Locker', typeMember('Locker', LOCKER)],
      ['NewCond', lib('sync', 'NewCond', fn([LOCKER], [condPtr]))],
    ]),
  ],
]);

/** The plain functions of sync/atomic on `*int32`, `*int64`, `*uint32`, `*uint64`, `*uintptr` (compile/compiler/atomic.ts). */
function atomicFuncs(): [string, Member][] {
  const out: [string, Member][] = [];
  for (const [suffix, t] of [
    ['Int32', INT32],
    ['Int64', INT64],
    ['Uint32', UINT32],
    ['Uint64', UINT64],
    ['Uintptr', UINTPTR],
  ] as const) {
    const p: Type = { kind: 'pointer', elem: t };
    const add = (name: string, type: FuncType): void => void out.push([name, lib('sync/atomic', name, type)]);
    add(`Add${suffix}`, fn([p, t], [t]));
    add(`Load${suffix}`, fn([p], [t]));
    add(`Store${suffix}`, fn([p, t], []));
    add(`Swap${suffix}`, fn([p, t], [t]));
    add(`CompareAndSwap${suffix}`, fn([p, t, t], [BOOL]));
  }
  return out;
}

/** Exported names of the real packages, so that a name outside the subset is "not supported", not "undefined". */
const realMembers: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'bytes',
    new Set(
      'Buffer NewBuffer NewBufferString Reader NewReader MinRead ErrTooLarge Clone Compare Contains ContainsAny ContainsRune Count Cut Equal EqualFold Fields HasPrefix HasSuffix Index IndexByte IndexRune Join LastIndex Map Repeat Replace ReplaceAll Runes Split SplitN Title ToLower ToUpper Trim TrimLeft TrimPrefix TrimRight TrimSpace TrimSuffix'.split(
        ' ',
      ),
    ),
  ],
  ['context', CONTEXT_REAL_NAMES],
  ['errors', new Set(['New', 'Is', 'As', 'Unwrap', 'Join', 'ErrUnsupported'])],
  [
    'fmt',
    new Set(
      'Print Println Printf Sprint Sprintln Sprintf Errorf Fprint Fprintln Fprintf Sscan Sscanf Sscanln Scan Scanf Scanln Fscan Fscanf Fscanln Append Appendf Appendln Stringer GoStringer Formatter State Scanner ScanState FormatString'.split(
        ' ',
      ),
    ),
  ],
  [
    'time',
    new Set(
      'Sleep After AfterFunc NewTimer NewTicker Tick Now Since Until Duration Time Timer Ticker Month Weekday Location Unix UnixMilli UnixMicro Date Parse ParseDuration ParseInLocation LoadLocation FixedZone UTC Local Nanosecond Microsecond Millisecond Second Minute Hour Layout ANSIC UnixDate RubyDate RFC822 RFC822Z RFC850 RFC1123 RFC1123Z RFC3339 RFC3339Nano Kitchen Stamp StampMilli StampMicro StampNano DateTime DateOnly TimeOnly January February March April May June July August September October November December Sunday Monday Tuesday Wednesday Thursday Friday Saturday ParseError'.split(
        ' ',
      ),
    ),
  ],
  [
    'sync/atomic',
    new Set(
      'Int32 Int64 Uint32 Uint64 Uintptr Bool Value Pointer AddInt32 AddInt64 AddUint32 AddUint64 AddUintptr LoadInt32 LoadInt64 LoadUint32 LoadUint64 LoadUintptr LoadPointer StoreInt32 StoreInt64 StoreUint32 StoreUint64 StoreUintptr StorePointer SwapInt32 SwapInt64 SwapUint32 SwapUint64 SwapUintptr SwapPointer CompareAndSwapInt32 CompareAndSwapInt64 CompareAndSwapUint32 CompareAndSwapUint64 CompareAndSwapUintptr CompareAndSwapPointer AndInt32 AndInt64 OrInt32 OrInt64'.split(
        ' ',
      ),
    ),
  ],
  [
    'os',
    new Set(
      'Args Exit Getenv Setenv Environ Getpid Hostname Stdin Stdout Stderr File Open Create ReadFile WriteFile Remove MkdirAll Getwd Signal Interrupt Kill Process FindProcess StartProcess'.split(
        ' ',
      ),
    ),
  ],
  [
    'runtime',
    new Set(
      'Gosched GOMAXPROCS NumGoroutine NumCPU LockOSThread UnlockOSThread GC Goexit MemProfileRate MemProfile MemProfileRecord BlockProfile MutexProfile GoroutineProfile ThreadCreateProfile StackRecord BlockProfileRecord NumCgoCall SetCPUProfileRate CPUProfile ReadTrace StartTrace StopTrace Pinner MemStats Caller Callers CallersFrames Frames Frame Func FuncForPC Stack KeepAlive SetFinalizer ReadMemStats MemStats GOOS GOARCH GOROOT Version Compiler NumCgoCall Breakpoint Error TypeAssertionError SetBlockProfileRate SetMutexProfileFraction'.split(
        ' ',
      ),
    ),
  ],
  [
    'sync',
    new Set(
      'WaitGroup Mutex RWMutex Once Cond NewCond Map Pool Locker OnceFunc OnceValue OnceValues'.split(' '),
    ),
  ],
]);

/** Methods and fields of the real library types, beyond those the subset models. */
const realMethods: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['atomic.Int32', new Set(['And', 'Or'])],
  ['atomic.Int64', new Set(['And', 'Or'])],
  ['strings.Builder', new Set(['Cap'])],
  [
    'bytes.Buffer',
    new Set(
      'Available AvailableBuffer Bytes Cap Next Read ReadByte ReadBytes ReadFrom ReadRune ReadString Truncate UnreadByte UnreadRune WriteTo'.split(
        ' ',
      ),
    ),
  ],
  ['os.File', new Set('Write WriteString Read Close Name Fd Sync Stat'.split(' '))],
  ['sync.RWMutex', new Set(['TryLock', 'TryRLock'])],
  [
    'time.Duration',
    new Set(
      'Hours Minutes Seconds Milliseconds Microseconds Nanoseconds String Round Truncate Abs'.split(' '),
    ),
  ],
  [
    'time.Time',
    new Set(
      'Add AddDate After Before Compare Equal IsZero Sub Unix UnixMilli UnixMicro UnixNano Format String Round Truncate Year Month Day Hour Minute Second Nanosecond Weekday YearDay Date Clock UTC Local In Location Zone'.split(
        ' ',
      ),
    ),
  ],
]);

/** True when the real Go type `typeName` (e.g. `time.Duration`) has the method or field `name`. */
export function isRealMethod(typeName: string, name: string): boolean {
  return realMethods.get(typeName)?.has(name) ?? false;
}

/** True when the real Go package `path` exports `name` (used to word errors for names outside the subset). */
export function isRealMember(path: string, name: string): boolean {
  const std = STD_PACKAGES.find((p) => p.path === path);
  if (std !== undefined) return std.realNames.has(name);
  return realMembers.get(path)?.has(name) ?? false;
}

/** The member `name` of package `path`, or undefined when the subset does not include it. */
export function packageMember(path: string, name: string): Member | undefined {
  return packages.get(path)?.get(name) ?? STD_PACKAGES.find((p) => p.path === path)?.members.get(name);
}

function method(recv: NamedType, name: string, type: FuncType): MethodObj {
  return { kind: 'method', id: id(), recv, name, type };
}

const methods: Map<NamedType, Map<string, MethodObj | FieldObj>> = new Map<
  NamedType,
  Map<string, MethodObj | FieldObj>
>([
  [
    WAIT_GROUP,
    new Map<string, MethodObj | FieldObj>([
      ['Add', method(WAIT_GROUP, 'Add', fn([INT], []))],
      ['Done', method(WAIT_GROUP, 'Done', fn([], []))],
      ['Wait', method(WAIT_GROUP, 'Wait', fn([], []))],
    ]),
  ],
  [
    MUTEX,
    new Map<string, MethodObj | FieldObj>([
      ['Lock', method(MUTEX, 'Lock', fn([], []))],
      ['Unlock', method(MUTEX, 'Unlock', fn([], []))],
      ['TryLock', method(MUTEX, 'TryLock', fn([], [BOOL]))],
    ]),
  ],
  [
    RW_MUTEX,
    new Map<string, MethodObj | FieldObj>([
      ['Lock', method(RW_MUTEX, 'Lock', fn([], []))],
      ['Unlock', method(RW_MUTEX, 'Unlock', fn([], []))],
      ['RLock', method(RW_MUTEX, 'RLock', fn([], []))],
      ['RUnlock', method(RW_MUTEX, 'RUnlock', fn([], []))],
      ['RLocker', method(RW_MUTEX, 'RLocker', fn([], [LOCKER]))],
    ]),
  ],
  [ONCE, new Map<string, MethodObj | FieldObj>([['Do', method(ONCE, 'Do', fn([fn([], [])], []))]])],
  [
    POOL,
    new Map<string, MethodObj | FieldObj>([
      ['Get', method(POOL, 'Get', fn([], [ANY]))],
      ['Put', method(POOL, 'Put', fn([ANY], []))],
    ]),
  ],
  [
    COND,
    new Map<string, MethodObj | FieldObj>([
      ['Wait', method(COND, 'Wait', fn([], []))],
      ['Signal', method(COND, 'Signal', fn([], []))],
      ['Broadcast', method(COND, 'Broadcast', fn([], []))],
      ['L', { kind: 'field', id: id(), recv: COND, name: 'L', type: LOCKER }],
    ]),
  ],
  [
    TIMER,
    new Map<string, MethodObj | FieldObj>([
      ['Stop', method(TIMER, 'Stop', fn([], [BOOL]))],
      ['Reset', method(TIMER, 'Reset', fn([DURATION], [BOOL]))],
      ['C', { kind: 'field', id: id(), recv: TIMER, name: 'C', type: timeChan }],
    ]),
  ],
  [
    TICKER,
    new Map<string, MethodObj | FieldObj>([
      ['Stop', method(TICKER, 'Stop', fn([], []))],
      ['Reset', method(TICKER, 'Reset', fn([DURATION], []))],
      ['C', { kind: 'field', id: id(), recv: TICKER, name: 'C', type: timeChan }],
    ]),
  ],
]);

methods.set(
  FILE,
  new Map<string, MethodObj | FieldObj>([['Write', method(FILE, 'Write', fn([byteSlice], [INT, ERROR]))]]),
);
/** The methods a text buffer (strings.Builder, bytes.Buffer) has in the subset. */
function textBufferMethods(t: NamedType): Map<string, MethodObj | FieldObj> {
  return new Map<string, MethodObj | FieldObj>([
    ['WriteString', method(t, 'WriteString', fn([STRING], [INT, ERROR]))],
    ['WriteByte', method(t, 'WriteByte', fn([BYTE], [ERROR]))],
    ['WriteRune', method(t, 'WriteRune', fn([RUNE], [INT, ERROR]))],
    ['Write', method(t, 'Write', fn([byteSlice], [INT, ERROR]))],
    ['String', method(t, 'String', fn([], [STRING]))],
    ['Len', method(t, 'Len', fn([], [INT]))],
    ['Reset', method(t, 'Reset', fn([], []))],
    ['Grow', method(t, 'Grow', fn([INT], []))],
  ]);
}
methods.set(BUILDER, textBufferMethods(BUILDER));
methods.set(BYTES_BUFFER, textBufferMethods(BYTES_BUFFER));
const anyAny = (n: number): Type[] => Array.from({ length: n }, () => ANY);
methods.set(
  ATOMIC_VALUE,
  new Map<string, MethodObj | FieldObj>([
    ['Load', method(ATOMIC_VALUE, 'Load', fn([], [ANY]))],
    ['Store', method(ATOMIC_VALUE, 'Store', fn([ANY], []))],
    ['Swap', method(ATOMIC_VALUE, 'Swap', fn([ANY], [ANY]))],
    ['CompareAndSwap', method(ATOMIC_VALUE, 'CompareAndSwap', fn([ANY, ANY], [BOOL]))],
  ]),
);
methods.set(
  SYNC_MAP,
  new Map<string, MethodObj | FieldObj>([
    ['Load', method(SYNC_MAP, 'Load', fn([ANY], [ANY, BOOL]))],
    ['Store', method(SYNC_MAP, 'Store', fn(anyAny(2), []))],
    ['LoadOrStore', method(SYNC_MAP, 'LoadOrStore', fn(anyAny(2), [ANY, BOOL]))],
    ['LoadAndDelete', method(SYNC_MAP, 'LoadAndDelete', fn([ANY], [ANY, BOOL]))],
    ['Delete', method(SYNC_MAP, 'Delete', fn([ANY], []))],
    ['Swap', method(SYNC_MAP, 'Swap', fn(anyAny(2), [ANY, BOOL]))],
    ['CompareAndSwap', method(SYNC_MAP, 'CompareAndSwap', fn(anyAny(3), [BOOL]))],
    ['CompareAndDelete', method(SYNC_MAP, 'CompareAndDelete', fn(anyAny(2), [BOOL]))],
    ['Range', method(SYNC_MAP, 'Range', fn([fn(anyAny(2), [BOOL])], []))],
    ['Clear', method(SYNC_MAP, 'Clear', fn([], []))],
  ]),
);

for (const [t, v] of ATOMICS) {
  const ms = new Map<string, MethodObj | FieldObj>([
    ['Load', method(t, 'Load', fn([], [v]))],
    ['Store', method(t, 'Store', fn([v], []))],
    ['Swap', method(t, 'Swap', fn([v], [v]))],
    ['CompareAndSwap', method(t, 'CompareAndSwap', fn([v, v], [BOOL]))],
  ]);
  if (v !== BOOL) ms.set('Add', method(t, 'Add', fn([v], [v])));
  methods.set(t, ms);
}

methods.set(
  DURATION,
  new Map<string, MethodObj | FieldObj>([
    ['String', method(DURATION, 'String', fn([], [STRING]))],
    ['Milliseconds', method(DURATION, 'Milliseconds', fn([], [INT64]))],
    ['Microseconds', method(DURATION, 'Microseconds', fn([], [INT64]))],
    ['Nanoseconds', method(DURATION, 'Nanoseconds', fn([], [INT64]))],
    ['Seconds', method(DURATION, 'Seconds', fn([], [FLOAT64]))],
    ['Minutes', method(DURATION, 'Minutes', fn([], [FLOAT64]))],
    ['Hours', method(DURATION, 'Hours', fn([], [FLOAT64]))],
  ]),
);

/** The method or field `name` of a library type, or undefined. */
export function memberOf(t: NamedType, name: string): MethodObj | FieldObj | undefined {
  return methods.get(t)?.get(name);
}

/** The predeclared scenario helpers, in package scope like the helpers.go file that real Go compiles. */
export const HELPERS: readonly LibFuncObj[] = [
  lib('', 'work', fn([DURATION], [])),
  lib('', 'blockingSyscall', fn([DURATION], [])),
  lib('', 'netRead', fn([DURATION], [])),
];
