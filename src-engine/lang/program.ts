import type * as ast from './ast';
import type { Pos } from './diagnostics';
import type { AnyType, DeclaredMethod, FuncType, NamedType, Type } from './types';

/** A compile-time constant value. Integers are exact (bigint); untyped floats are doubles. */
export type ConstValue =
  | { readonly kind: 'int'; readonly v: bigint }
  | { readonly kind: 'float'; readonly v: number; readonly r?: readonly [bigint, bigint] }
  | { readonly kind: 'bool'; readonly v: boolean }
  | { readonly kind: 'string'; readonly v: string };

/** A variable: package-level, parameter, named result or local. */
export interface VarObj {
  readonly kind: 'var';
  /** Unique within the program, in declaration order. */
  readonly id: number;
  readonly name: string;
  type: Type;
  readonly pos: Pos;
  readonly role: 'global' | 'param' | 'result' | 'local';
  /** The function or closure that declares it (null for globals). */
  readonly owner: FuncInfo | null;
  /** Read somewhere (assignments alone do not count, as in Go). */
  used: boolean;
  /** Referenced from a closure other than its owner: it lives in a shared cell (captured by reference). */
  captured: boolean;
  /** Declared in a loop header (three-clause `for` init or `range`): a fresh copy each iteration, Go 1.22. */
  perIteration: boolean;
}
/** A constant (declared, or a library constant such as `time.Second`). */
export interface ConstObj {
  readonly kind: 'const';
  readonly id: number;
  readonly name: string;
  type: Type;
  value: ConstValue | null;
  readonly pos: Pos | null;
  used: boolean;
}
/** A top-level function of the program. */
export interface FuncObj {
  readonly kind: 'func';
  readonly id: number;
  readonly name: string;
  type: FuncType;
  readonly pos: Pos;
  readonly decl: ast.FuncDecl;
  info: FuncInfo | null;
  /** For a method: its receiver's type (`T` or `*T`). */
  readonly recv?: Type;
}
/** A predeclared type name. */
export interface TypeObj {
  readonly kind: 'type';
  readonly id: number;
  readonly name: string;
  readonly type: Type;
}
/** An imported package (`fmt`, `runtime`, `sync`, `time`). */
export interface PackageObj {
  readonly kind: 'package';
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly pos: Pos;
  used: boolean;
}
/** The builtins of the subset. */
export type BuiltinName =
  | 'append'
  | 'cap'
  | 'clear'
  | 'close'
  | 'copy'
  | 'delete'
  | 'len'
  | 'make'
  | 'new'
  | 'panic'
  | 'print'
  | 'println'
  | 'recover';
/** A builtin function. */
export interface BuiltinObj {
  readonly kind: 'builtin';
  readonly id: number;
  readonly name: BuiltinName;
}
/** The predeclared `nil`. */
export interface NilObj {
  readonly kind: 'nil';
  readonly id: number;
  readonly name: 'nil';
}
/** A library function (`fmt.Println`) or a scenario helper (`work`, package ''). */
export interface LibFuncObj {
  readonly kind: 'libfunc';
  readonly id: number;
  /** Package path, or '' for the predeclared helpers. */
  readonly pkg: string;
  readonly name: string;
  readonly type: FuncType;
  /** fmt.Println and fmt.Printf return (n int, err error); scenarios may only discard those results. */
  readonly resultsUnusable: boolean;
}
/** A library package variable (`os.Stdout`, `os.Stderr`): read-only in scenarios, its run-time value fixed. */
export interface LibVarObj {
  readonly kind: 'libvar';
  readonly id: number;
  readonly pkg: string;
  readonly name: string;
  readonly type: Type;
  /** The value it holds at run time (an `*os.File` is its file descriptor). */
  readonly value: number;
}
/** A method of a library type (`(*sync.WaitGroup).Add`, `(*time.Timer).Stop`). */
export interface MethodObj {
  readonly kind: 'method';
  readonly id: number;
  readonly recv: NamedType;
  readonly name: string;
  readonly type: FuncType;
}
/** A field of a library struct (`time.Timer.C`). */
export interface FieldObj {
  readonly kind: 'field';
  readonly id: number;
  readonly recv: NamedType;
  readonly name: string;
  readonly type: Type;
}
/** Something an identifier or selector can denote. */
export type Obj =
  | VarObj
  | ConstObj
  | FuncObj
  | TypeObj
  | PackageObj
  | BuiltinObj
  | NilObj
  | LibFuncObj
  | LibVarObj
  | MethodObj
  | FieldObj;

/** How an expression may be used. */
export type Mode =
  | 'invalid'
  | 'novalue'
  | 'builtin'
  | 'type'
  | 'constant'
  | 'variable'
  | 'value'
  | 'commaok'
  /** `m[k]`: assignable but not addressable, and comma-ok in a two-value assignment. */
  | 'mapindex';

/** What the checker knows about one expression. */
export interface ExprInfo {
  readonly mode: Mode;
  type: Type;
  /** Set for constant expressions. */
  readonly value: ConstValue | null;
}

/** What a call expression calls. */
export type CallInfo =
  | { readonly kind: 'func'; readonly func: FuncObj }
  | { readonly kind: 'value'; readonly type: FuncType }
  | { readonly kind: 'builtin'; readonly name: BuiltinName }
  | { readonly kind: 'library'; readonly func: LibFuncObj }
  | { readonly kind: 'method'; readonly method: MethodObj; readonly recvIsPointer: boolean }
  /** A method declared in the program (`obj.Run()`), or one of an interface (`err.Error()`). */
  | { readonly kind: 'declMethod'; readonly sel: ast.SelectorExpr }
  | { readonly kind: 'conversion'; readonly to: Type };

/**
 * What a selector `x.f` selects on a program type. `recv` is the expression that holds the field or method
 * (`x` itself, or a synthetic `x.Embedded…` for promoted ones); `ptr` when its static type is a pointer.
 */
export type Selection =
  | { readonly kind: 'field'; readonly index: number; readonly recv: ast.Expr; readonly ptr: boolean }
  | {
      readonly kind: 'method';
      readonly method: DeclaredMethod;
      readonly named: NamedType;
      readonly recv: ast.Expr;
      readonly ptr: boolean;
    }
  | { readonly kind: 'iface'; readonly name: string; readonly iface: AnyType; readonly recv: ast.Expr };

/** A function declaration or function literal with everything the compiler needs about its variables. */
export interface FuncInfo {
  readonly id: number;
  readonly node: ast.FuncDecl | ast.FuncLit;
  /** `main`, `worker`, or `main.func1` style names for literals, as Go names them in tracebacks. */
  readonly name: string;
  readonly obj: FuncObj | null;
  readonly type: FuncType;
  readonly parent: FuncInfo | null;
  readonly params: VarObj[];
  readonly results: VarObj[];
  /** Every local variable declared in the body (not in nested literals), in declaration order. */
  readonly locals: VarObj[];
  /** Variables of enclosing functions this literal refers to (directly or through nested literals). */
  readonly captures: VarObj[];
  readonly literals: FuncInfo[];
}

/** What a `range` ranges over, and its iteration variables. */
export interface RangeInfo {
  readonly over: 'int' | 'slice' | 'string' | 'chan' | 'map';
  readonly key: VarObj | null;
  readonly value: VarObj | null;
}

/**
 * The result of checking a file: the AST plus side tables binding each identifier to its object,
 * each expression to its type (and constant value), each call to its target and each loop to its
 * variables. The compiler lowers this to engine code.
 */
export interface CheckedProgram {
  readonly file: ast.File;
  readonly packages: PackageObj[];
  readonly globals: VarObj[];
  readonly consts: ConstObj[];
  readonly funcs: FuncObj[];
  /** All functions and literals, in source order. */
  readonly funcInfos: FuncInfo[];
  readonly main: FuncObj | null;
  /** Package-level `var` specs in Go's initialization order (dependencies first). */
  readonly varInitOrder: ast.ValueSpec[];
  readonly defs: Map<ast.Ident, Obj>;
  readonly uses: Map<ast.Ident, Obj>;
  readonly exprs: Map<ast.Expr, ExprInfo>;
  readonly calls: Map<ast.CallExpr, CallInfo>;
  readonly ranges: Map<ast.RangeStmt, RangeInfo>;
  /** For each `break`/`continue`, the statement it leaves or continues. */
  readonly branchTargets: Map<ast.BranchStmt, ast.Stmt>;
  /** Receive expressions used in the two-value form `v, ok := <-ch`. */
  readonly commaOk: Set<ast.Expr>;
  /** Field and method selections on program types. */
  readonly selections: Map<ast.SelectorExpr, Selection>;
  /** Library methods promoted through embedded fields: the selector → its synthetic receiver `x.Mutex`. */
  readonly promotedRecv: Map<ast.SelectorExpr, ast.Expr>;
  /** Values implicitly converted to an interface type where they are used (assignment, argument, …). */
  readonly toIface: Map<ast.Expr, Type>;
  /** Type switch clauses' implicitly declared variables (`v := x.(type)`), per clause. */
  readonly switchVars: Map<ast.CaseClause, VarObj>;
}
