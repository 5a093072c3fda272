/**
 * What fmt needs to know about an argument's static type. Scenarios have no interfaces, so every argument's
 * dynamic type is its static type, known when compiling; the descriptor is built once per call site.
 */

/** The formatting kind of a type. */
export type FmtKind =
  | 'int' // int, int64 (signed 64-bit)
  | 'uint8' // byte
  | 'uint' // uint, uint16, uint32, uint64, uintptr (%#v in hex)
  | 'int32' // rune
  | 'float64'
  | 'float32' // a double holding a float32 value
  | 'bool'
  | 'string'
  | 'dur' // time.Duration (a Stringer)
  | 'time' // time.Time (a Stringer)
  | 'chan'
  | 'func'
  | 'ptr'
  | 'slice'
  | 'array' // [N]T: the value is a JS array of the elements
  | 'map'
  | 'struct' // struct{} and program structs (fields in `fields`)
  | 'iface' // an interface: the value is null or a Box whose dynamic type has its own descriptor
  | 'errstr' // *errors.errorString (errors.New, fmt.Errorf): prints its message
  | 'sync' // sync.WaitGroup/Mutex/RWMutex/Once by value
  | 'nil'; // untyped nil

/** A type as fmt sees it. */
export interface TypeDesc {
  readonly k: FmtKind;
  /** The name `%T` and `%!verb(type=value)` print (reflect's spelling: `uint8`, `int32`, `[]string`). */
  readonly name: string;
  /** Element type of a slice or map; pointee of a pointer to a program struct. */
  readonly elem: TypeDesc | null;
  /** Key type of a map. */
  readonly key?: TypeDesc;
  /** The dynamic type id of the type, once registered (fmt looks up its Error/String methods by it). */
  id?: number;
  /** Fields of a program struct, in order. */
  readonly fields?: readonly { readonly name: string; readonly desc: TypeDesc }[];
}
