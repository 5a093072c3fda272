/** Basic types of the subset, plus Go's untyped constant kinds. */
export type BasicName =
  | 'bool'
  | 'int'
  | 'int64'
  | 'int8'
  | 'int16'
  | 'uint8'
  | 'uint16'
  | 'int32'
  | 'uint'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float64'
  | 'float32'
  | 'string'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped string'
  | 'untyped nil';

/** A basic type or an untyped constant kind. */
export interface BasicType {
  readonly kind: 'basic';
  readonly name: BasicName;
  /** `byte` or `rune`: the alias a type was written as (identical to uint8/int32; messages print it). */
  readonly alias?: 'byte' | 'rune';
}
/**
 * A named library type: `time.Duration` (underlying int64), `time.Time` (opaque), `*time.Timer`'s
 * `time.Timer`, and the sync types. Identity is by object, so compare with `===`.
 */
export interface NamedType {
  readonly kind: 'named';
  /** Qualified name as Go prints it, e.g. `time.Duration`; a declared type's bare name (`Counter`). */
  readonly name: string;
  /** Set once when a declared type is resolved (it may refer to itself through pointers). */
  underlying: Type;
  /** Set for types the program declares (`type T …`), with their methods; identity is then by object. */
  readonly declared?: DeclaredInfo;
}
/** What a program-declared named type carries besides its underlying type. */
export interface DeclaredInfo {
  /** Methods by name, in declaration order (value and pointer receivers). */
  readonly methods: Map<string, DeclaredMethod>;
  /** Unique per declaration (two local types may share a name). */
  readonly id: number;
}
/** A method declared on a named type. */
export interface DeclaredMethod {
  readonly name: string;
  /** Signature without the receiver. */
  type: FuncType;
  /** `func (t *T) M()`. */
  readonly pointerRecv: boolean;
  /** Opaque key the checker and compiler share to find the method's code (its FuncObj). */
  readonly obj: object;
}
/** A field of a struct type. */
export interface StructField {
  readonly name: string;
  readonly type: Type;
  /** An embedded field (`T` or `*T`); its name is the type's name. */
  readonly embedded: boolean;
}
/** A method of an interface type. */
export interface IfaceMethod {
  readonly name: string;
  readonly type: FuncType;
}
/** A channel type. */
export interface ChanType {
  readonly kind: 'chan';
  readonly dir: 'both' | 'send' | 'recv';
  readonly elem: Type;
}
/** A slice type. */
export interface SliceType {
  readonly kind: 'slice';
  readonly elem: Type;
}
/** An array type `[len]elem`. */
export interface ArrayType {
  readonly kind: 'array';
  readonly len: number;
  readonly elem: Type;
}
/** `map[K]V`. */
export interface MapType {
  readonly kind: 'map';
  readonly key: Type;
  readonly elem: Type;
}
/** A pointer: to a sync or timer type (a handle), to a struct (the struct's storage), or to another type. */
export interface PointerType {
  readonly kind: 'pointer';
  readonly elem: Type;
}
/** A struct type with fields (`struct{}` has none), or the opaque state of a library type. */
export interface StructType {
  readonly kind: 'struct';
  /** Empty for program structs; a description for opaque library structs (they are never spelled in source). */
  readonly opaque: string;
  /** The fields of a program struct (absent for `struct{}` and library structs). */
  readonly fields?: readonly StructField[];
}
/** A function signature. */
export interface FuncType {
  readonly kind: 'func';
  readonly params: readonly Type[];
  readonly results: readonly Type[];
  /** The last parameter is `...T` (its type is recorded as `[]T`). */
  readonly variadic: boolean;
  /** Parameter and result names, for messages only (`func(n int, s string) int`); identity ignores them. */
  readonly paramNames?: readonly string[];
  readonly resultNames?: readonly string[];
}
/** Several results of a call used in a multi-value context. */
export interface TupleType {
  readonly kind: 'tuple';
  readonly types: readonly Type[];
}
/** An interface type: `any`/`interface{}` (no methods), or one with a method set (`error`, declared ones). */
export interface AnyType {
  readonly kind: 'any';
  /** The method set, sorted by name (absent or empty for the empty interface). */
  readonly methods?: readonly IfaceMethod[];
}
/** Result of an erroneous expression; silences follow-up errors. */
export interface InvalidType {
  readonly kind: 'invalid';
}

/** A type in a checked program. */
export type Type =
  | BasicType
  | NamedType
  | ChanType
  | SliceType
  | ArrayType
  | MapType
  | PointerType
  | StructType
  | FuncType
  | TupleType
  | AnyType
  | InvalidType;

const basics = new Map<BasicName, BasicType>();
/** The unique basic type with this name. */
export function basic(name: BasicName): BasicType {
  let t = basics.get(name);
  if (!t) {
    t = { kind: 'basic', name };
    basics.set(name, t);
  }
  return t;
}

/** The invalid type. */
export const INVALID: InvalidType = { kind: 'invalid' };
/** `any`. */
export const ANY: AnyType = { kind: 'any' };
/** `interface{}` as spelled in source (identical to `any`; gc prints it `interface{}`). */
export const EMPTY_IFACE: AnyType = { kind: 'any', methods: [] };
/** The predeclared `error` interface. */
export const ERROR: NamedType = {
  kind: 'named',
  name: 'error',
  underlying: {
    kind: 'any',
    methods: [
      { name: 'Error', type: { kind: 'func', params: [], results: [basic('string')], variadic: false } },
    ],
  },
};
/** `bool`. */
export const BOOL = basic('bool');
/** `int`. */
export const INT = basic('int');
/** `int64`. */
export const INT64 = basic('int64');
/** `uint8`. */
export const UINT8 = basic('uint8');
/** `byte`, an alias of uint8 (identical to it; gc's messages name it as written). */
export const BYTE: BasicType = { kind: 'basic', name: 'uint8', alias: 'byte' };
/** `uint` (64-bit, as on amd64). */
export const UINT = basic('uint');
/** `uint32`. */
export const UINT32 = basic('uint32');
/** `uint64`. */
export const UINT64 = basic('uint64');
/** `int8`. */
export const INT8 = basic('int8');
/** `int16`. */
export const INT16 = basic('int16');
/** `uint16`. */
export const UINT16 = basic('uint16');
/** `uintptr` (64-bit, as on amd64). */
export const UINTPTR = basic('uintptr');
/** `int32`. */
export const INT32 = basic('int32');
/** `rune`, an alias of int32 (see {@link BYTE}). */
export const RUNE: BasicType = { kind: 'basic', name: 'int32', alias: 'rune' };
/** `float64`. */
export const FLOAT64 = basic('float64');
/** `float32` (values are doubles rounded through `Math.fround`). */
export const FLOAT32 = basic('float32');
/** `string`. */
export const STRING = basic('string');
/** Kind of untyped boolean values. */
export const UNTYPED_BOOL = basic('untyped bool');
/** Kind of untyped integer constants. */
export const UNTYPED_INT = basic('untyped int');
/** Kind of untyped rune constants. */
export const UNTYPED_RUNE = basic('untyped rune');
/** Kind of untyped floating-point constants. */
export const UNTYPED_FLOAT = basic('untyped float');
/** Kind of untyped string constants. */
export const UNTYPED_STRING = basic('untyped string');
/** Type of `nil`. */
export const UNTYPED_NIL = basic('untyped nil');
/** `struct{}`. */
export const EMPTY_STRUCT: StructType = { kind: 'struct', opaque: '' };

/** The underlying type (named types unwrap to their underlying type). */
export function under(t: Type): Type {
  return t.kind === 'named' ? t.underlying : t;
}

/** True for untyped constant kinds and untyped nil. */
export function isUntyped(t: Type): boolean {
  return t.kind === 'basic' && t.name.startsWith('untyped');
}

/** True for integer types (typed or untyped, including rune constants). */
export function isInteger(t: Type): boolean {
  const u = under(t);
  if (u.kind !== 'basic') return false;
  return [
    'int',
    'int64',
    'int8',
    'int16',
    'uint8',
    'uint16',
    'int32',
    'uint',
    'uint32',
    'uint64',
    'uintptr',
    'untyped int',
    'untyped rune',
  ].includes(u.name);
}

/** True for floating-point types (`float64`, `float32`, untyped float constants). */
export function isFloat(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'float64' || u.name === 'float32' || u.name === 'untyped float');
}

/** True for numeric types (integers and floats, typed or untyped). */
export function isNumeric(t: Type): boolean {
  return isInteger(t) || isFloat(t);
}

/** True for string types, typed or untyped. */
export function isString(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string');
}

/** True for boolean types, typed or untyped. */
export function isBoolean(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'bool' || u.name === 'untyped bool');
}

/** Go's type identity. */
export function identical(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'basic':
      return a.name === (b as BasicType).name;
    case 'named':
      if (a.declared !== undefined || (b as NamedType).declared !== undefined) return false;
      return a.name === (b as NamedType).name;
    case 'chan': {
      const c = b as ChanType;
      return a.dir === c.dir && identical(a.elem, c.elem);
    }
    case 'slice':
    case 'pointer':
      return identical(a.elem, (b as SliceType | PointerType).elem);
    case 'array':
      return a.len === (b as ArrayType).len && identical(a.elem, (b as ArrayType).elem);
    case 'map':
      return identical(a.key, (b as MapType).key) && identical(a.elem, (b as MapType).elem);
    case 'struct': {
      const s = b as StructType;
      const fa = a.fields ?? [];
      const fb = s.fields ?? [];
      return (
        a.opaque === s.opaque &&
        fa.length === fb.length &&
        fa.every(
          (f, i) => f.name === fb[i]?.name && f.embedded === fb[i]?.embedded && identical(f.type, fb[i].type),
        )
      );
    }
    case 'func': {
      const f = b as FuncType;
      return (
        a.variadic === f.variadic &&
        a.params.length === f.params.length &&
        a.results.length === f.results.length &&
        a.params.every((p, i) => identical(p, f.params[i] as Type)) &&
        a.results.every((r, i) => identical(r, f.results[i] as Type))
      );
    }
    case 'tuple': {
      const u = b as TupleType;
      return a.types.length === u.types.length && a.types.every((t, i) => identical(t, u.types[i] as Type));
    }
    case 'any': {
      const ma = a.methods ?? [];
      const mb = (b as AnyType).methods ?? [];
      return (
        ma.length === mb.length && ma.every((m, i) => m.name === mb[i]?.name && identical(m.type, mb[i].type))
      );
    }
    case 'invalid':
      return true;
  }
}

/** Prints a type as gc does in messages (`[]int`, `chan<- string`, `func(int) bool`, `time.Duration`). */
export function typeString(t: Type): string {
  switch (t.kind) {
    case 'basic':
      return t.alias ?? t.name;
    case 'named':
      return t.name;
    case 'chan': {
      const elem = typeString(t.elem);
      if (t.dir === 'send') return `chan<- ${elem}`;
      if (t.dir === 'recv') return `<-chan ${elem}`;
      return t.elem.kind === 'chan' && t.elem.dir === 'recv' ? `chan (${elem})` : `chan ${elem}`;
    }
    case 'slice':
      return `[]${typeString(t.elem)}`;
    case 'array':
      return `[${t.len}]${typeString(t.elem)}`;
    case 'map':
      return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'pointer':
      return `*${typeString(t.elem)}`;
    case 'struct':
      if (t.opaque !== '') return t.opaque;
      return `struct{${(t.fields ?? []).map((f) => (f.embedded ? typeString(f.type) : `${f.name} ${typeString(f.type)}`)).join('; ')}}`;
    case 'func':
      return `func${signatureString(t)}`;
    case 'tuple':
      return `(${t.types.map(typeString).join(', ')})`;
    case 'any':
      if (t.methods === undefined) return 'any';
      if (t.methods.length === 0) return 'interface{}';
      return `interface{${t.methods.map((m) => `${m.name}${signatureString(m.type)}`).join('; ')}}`;
    case 'invalid':
      return 'invalid type';
  }
}

/** `(int, string) (bool, error)` for a signature. */
export function signatureString(f: FuncType): string {
  const named = (names: readonly string[] | undefined, i: number, t: string): string => {
    const n = names?.[i] ?? '';
    return n === '' ? t : `${n} ${t}`;
  };
  const params = f.params.map((p, i) =>
    named(
      f.paramNames,
      i,
      f.variadic && i === f.params.length - 1 && p.kind === 'slice'
        ? `...${typeString(p.elem)}`
        : typeString(p),
    ),
  );
  const results = f.results.map((r, i) => named(f.resultNames, i, typeString(r)));
  let s = `(${params.join(', ')})`;
  const single = results[0];
  if (results.length === 1 && single !== undefined && !f.resultNames?.[0]) s += ` ${single}`;
  else if (results.length > 0) s += ` (${results.join(', ')})`;
  return s;
}

/** The default type of an untyped constant kind (`int` for untyped int, etc.). */
export function defaultType(t: Type): Type {
  if (t.kind !== 'basic') return t;
  switch (t.name) {
    case 'untyped bool':
      return BOOL;
    case 'untyped int':
      return INT;
    case 'untyped rune':
      return RUNE;
    case 'untyped float':
      return FLOAT64;
    case 'untyped string':
      return STRING;
    default:
      return t;
  }
}

/** True for types whose values may be compared with `==` (comparable, or compared to nil). */
export function isComparable(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
    case 'chan':
    case 'pointer':
    case 'any':
    case 'invalid':
      return true;
    case 'struct':
      return (u.fields ?? []).every((f) => isComparable(f.type));
    case 'array':
      return isComparable(u.elem);
    default:
      return false;
  }
}

/** True for types that have a nil value. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  return (
    u.kind === 'chan' ||
    u.kind === 'slice' ||
    u.kind === 'map' ||
    u.kind === 'pointer' ||
    u.kind === 'func' ||
    u.kind === 'any'
  );
}

/** True for ordered types (`<` and friends). */
export function isOrdered(t: Type): boolean {
  return isNumeric(t) || isString(t);
}
