import type { Pos } from './diagnostics';

/** Fields every AST node has: its kind, first position and the position just after it. */
interface NodeBase {
  readonly pos: Pos;
  readonly end: Pos;
}

// ---- Expressions (types are expressions too, as in go/ast) ----

/** An identifier. */
export interface Ident extends NodeBase {
  readonly kind: 'Ident';
  readonly name: string;
}
/** An int, float, imaginary, rune or string literal. */
export interface BasicLit extends NodeBase {
  readonly kind: 'BasicLit';
  readonly litKind: 'int' | 'float' | 'imag' | 'char' | 'string';
  /** Source text. */
  readonly raw: string;
  /** Decoded value: the string's contents, the number's digits (with a base prefix), or a rune's code point. */
  readonly value: string;
  /** True when the lexer reported the literal as malformed. */
  readonly bad: boolean;
}
/** `T{a, b}`: a slice or `struct{}` literal. */
export interface CompositeLit extends NodeBase {
  readonly kind: 'CompositeLit';
  /** `null` for an element literal whose type is elided (`[][]int{{1}}`). */
  readonly type: Expr | null;
  readonly elts: Expr[];
}
/** A function literal (closure). */
export interface FuncLit extends NodeBase {
  readonly kind: 'FuncLit';
  readonly type: FuncType;
  readonly body: BlockStmt;
}
/** `(x)`. */
export interface ParenExpr extends NodeBase {
  readonly kind: 'ParenExpr';
  readonly x: Expr;
}
/** `x.sel`: a package member, method or field. */
export interface SelectorExpr extends NodeBase {
  readonly kind: 'SelectorExpr';
  readonly x: Expr;
  readonly sel: Ident;
}
/** `x[i]`. */
export interface IndexExpr extends NodeBase {
  readonly kind: 'IndexExpr';
  readonly x: Expr;
  readonly index: Expr;
}
/** `x[lo:hi]` or `x[lo:hi:max]`. */
export interface SliceExpr extends NodeBase {
  readonly kind: 'SliceExpr';
  readonly x: Expr;
  readonly low: Expr | null;
  readonly high: Expr | null;
  readonly max: Expr | null;
}
/** `f(args)`, a conversion `T(x)` or a builtin call. */
export interface CallExpr extends NodeBase {
  readonly kind: 'CallExpr';
  readonly fun: Expr;
  readonly args: Expr[];
  /** Position of `...` after the last argument, if present. */
  readonly ellipsis: Pos | null;
  readonly rparen: Pos;
}
/** `*x`: a pointer type (pointer indirection is not in the subset). */
export interface StarExpr extends NodeBase {
  readonly kind: 'StarExpr';
  readonly x: Expr;
}
/** Unary operators. */
export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-';
/** `op x`, including `<-ch` and `&x`. */
export interface UnaryExpr extends NodeBase {
  readonly kind: 'UnaryExpr';
  readonly op: UnaryOp;
  readonly x: Expr;
}
/** Binary operators. */
export type BinaryOp =
  | '||'
  | '&&'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '|'
  | '^'
  | '*'
  | '/'
  | '%'
  | '<<'
  | '>>'
  | '&'
  | '&^';
/** `x op y`. */
export interface BinaryExpr extends NodeBase {
  readonly kind: 'BinaryExpr';
  readonly op: BinaryOp;
  readonly opPos: Pos;
  readonly x: Expr;
  readonly y: Expr;
}
/** A placeholder where an expression could not be parsed or is not supported (already reported). */
export interface BadExpr extends NodeBase {
  readonly kind: 'BadExpr';
}
/** `[]T`. */
export interface SliceType extends NodeBase {
  readonly kind: 'SliceType';
  readonly elem: Expr;
}
/** `[N]T`, or `[...]T` in a composite literal (`len` null). */
export interface ArrayType extends NodeBase {
  readonly kind: 'ArrayType';
  readonly len: Expr | null;
  readonly elem: Expr;
}
/** Channel direction: `chan T`, `chan<- T`, `<-chan T`. */
export type ChanDir = 'both' | 'send' | 'recv';
/** `chan T`, `chan<- T` or `<-chan T`. */
export interface ChanType extends NodeBase {
  readonly kind: 'ChanType';
  readonly dir: ChanDir;
  readonly elem: Expr;
}
/** A parameter or result group (`a, b int`) or an unnamed one. */
export interface Field extends NodeBase {
  readonly kind: 'Field';
  /** Empty for unnamed parameters and results. */
  readonly names: Ident[];
  readonly type: Expr;
  /** Set for `...T` parameters. */
  readonly variadic: boolean;
  /** Where the `...` of a variadic parameter is (Go reports a misplaced one there). */
  readonly ellipsis?: Pos;
}
/** `func(params) results`. */
export interface FuncType extends NodeBase {
  readonly kind: 'FuncType';
  readonly params: Field[];
  readonly results: Field[];
}
/** `struct{ a, b int; T }`: each field group is a Field (an embedded field has no names). */
export interface StructType extends NodeBase {
  readonly kind: 'StructType';
  readonly fields: Field[];
}
/** `interface{ M(int) string; E }`: a method is a Field with one name and a FuncType; an embed has no names. */
export interface InterfaceType extends NodeBase {
  readonly kind: 'InterfaceType';
  readonly methods: Field[];
}

/** Type expressions that are not names. */
export type TypeExpr = ArrayType | SliceType | ChanType | FuncType | StructType | InterfaceType | MapType;

/** `map[K]V`. */
export interface MapType extends NodeBase {
  readonly kind: 'MapType';
  readonly key: Expr;
  readonly value: Expr;
}
/** `key: value` in a composite literal. */
export interface KeyValueExpr extends NodeBase {
  readonly kind: 'KeyValueExpr';
  readonly key: Expr;
  readonly value: Expr;
}
/** `x.(T)`, or `x.(type)` (type null) in a type switch's guard. */
export interface TypeAssertExpr extends NodeBase {
  readonly kind: 'TypeAssertExpr';
  readonly x: Expr;
  readonly type: Expr | null;
}

/** Any expression (types included). */
export type Expr =
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | BadExpr
  | KeyValueExpr
  | TypeAssertExpr
  | TypeExpr;

// ---- Statements ----

/** A placeholder where a statement could not be parsed (already reported). */
export interface BadStmt extends NodeBase {
  readonly kind: 'BadStmt';
}
/** A `var`, `const` or `type` declaration inside a function. */
export interface DeclStmt extends NodeBase {
  readonly kind: 'DeclStmt';
  readonly decl: GenDecl | TypeDecl;
}
/** An empty statement. */
export interface EmptyStmt extends NodeBase {
  readonly kind: 'EmptyStmt';
}
/** `L: stmt`. */
export interface LabeledStmt extends NodeBase {
  readonly kind: 'LabeledStmt';
  readonly label: Ident;
  readonly stmt: Stmt;
}
/** An expression used as a statement (a call or a receive). */
export interface ExprStmt extends NodeBase {
  readonly kind: 'ExprStmt';
  readonly x: Expr;
}
/** `ch <- v`. */
export interface SendStmt extends NodeBase {
  readonly kind: 'SendStmt';
  readonly chan: Expr;
  readonly value: Expr;
}
/** `x++` or `x--`. */
export interface IncDecStmt extends NodeBase {
  readonly kind: 'IncDecStmt';
  readonly x: Expr;
  readonly op: '++' | '--';
}
/** Assignment operators. */
export type AssignOp =
  '=' | ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';
/** `=`, `:=` or `op=`. */
export interface AssignStmt extends NodeBase {
  readonly kind: 'AssignStmt';
  readonly lhs: Expr[];
  readonly op: AssignOp;
  readonly opPos: Pos;
  readonly rhs: Expr[];
}
/** `go f(x)`. */
export interface GoStmt extends NodeBase {
  readonly kind: 'GoStmt';
  readonly call: Expr;
}
/** `defer f(x)`. */
export interface DeferStmt extends NodeBase {
  readonly kind: 'DeferStmt';
  readonly call: Expr;
}
/** `return [results]`. */
export interface ReturnStmt extends NodeBase {
  readonly kind: 'ReturnStmt';
  readonly results: Expr[];
}
/** `break` or `continue`, with an optional label. */
export interface BranchStmt extends NodeBase {
  readonly kind: 'BranchStmt';
  readonly tok: 'break' | 'continue';
  readonly label: Ident | null;
}
/** `{ stmts }`. */
export interface BlockStmt extends NodeBase {
  readonly kind: 'BlockStmt';
  readonly stmts: Stmt[];
  /** Position of the closing brace. */
  readonly rbrace: Pos;
}
/** `if [init;] cond { } [else …]`. */
export interface IfStmt extends NodeBase {
  readonly kind: 'IfStmt';
  readonly init: Stmt | null;
  readonly cond: Expr;
  readonly then: BlockStmt;
  readonly else: IfStmt | BlockStmt | null;
}
/** `case a, b:` or `default:` in a switch. */
export interface CaseClause extends NodeBase {
  readonly kind: 'CaseClause';
  /** `null` for `default`. */
  readonly list: Expr[] | null;
  readonly body: Stmt[];
}
/** An expression switch, with optional init and tag. */
export interface SwitchStmt extends NodeBase {
  readonly kind: 'SwitchStmt';
  readonly init: Stmt | null;
  readonly tag: Expr | null;
  readonly clauses: CaseClause[];
  readonly rbrace: Pos;
}
/** `switch [init;] [v :=] x.(type) { case T1, T2: … }`. */
export interface TypeSwitchStmt extends NodeBase {
  readonly kind: 'TypeSwitchStmt';
  readonly init: Stmt | null;
  /** The variable declared by `v := x.(type)`, or null. */
  readonly bind: Ident | null;
  /** `x.(type)`. */
  readonly guard: TypeAssertExpr;
  readonly clauses: CaseClause[];
  readonly rbrace: Pos;
}
/** `case comm:` or `default:` in a select. */
export interface CommClause extends NodeBase {
  readonly kind: 'CommClause';
  /** A SendStmt, an ExprStmt `<-ch`, or an AssignStmt whose single right side is `<-ch`; `null` for `default`. */
  readonly comm: SendStmt | ExprStmt | AssignStmt | null;
  readonly body: Stmt[];
}
/** `select { … }`. */
export interface SelectStmt extends NodeBase {
  readonly kind: 'SelectStmt';
  readonly clauses: CommClause[];
}
/** A three-clause, condition-only or infinite `for`. */
export interface ForStmt extends NodeBase {
  readonly kind: 'ForStmt';
  readonly init: Stmt | null;
  readonly cond: Expr | null;
  readonly post: Stmt | null;
  readonly body: BlockStmt;
}
/** `for k, v := range x`, `for k = range x` or `for range x`. */
export interface RangeStmt extends NodeBase {
  readonly kind: 'RangeStmt';
  readonly key: Expr | null;
  readonly value: Expr | null;
  /** `:=` declares new per-iteration variables, `=` assigns existing ones, `null` for `for range x`. */
  readonly tok: ':=' | '=' | null;
  readonly x: Expr;
  readonly body: BlockStmt;
}

/** Any statement. */
export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt;

// ---- Declarations ----

/** One import: `"fmt"` or `name "fmt"`. */
export interface ImportSpec extends NodeBase {
  readonly kind: 'ImportSpec';
  readonly name: Ident | null;
  readonly path: BasicLit;
}
/** One `var`/`const` spec: `a, b T = x, y`. */
export interface ValueSpec extends NodeBase {
  readonly kind: 'ValueSpec';
  readonly names: Ident[];
  readonly type: Expr | null;
  readonly values: Expr[];
  /** For constants: the spec's index in its group (the value of `iota`). */
  readonly iota: number;
  /** For constants with implicit values: the spec whose type and values are repeated. */
  readonly implicitFrom: ValueSpec | null;
}
/** A `var` or `const` declaration, single or grouped. */
export interface GenDecl extends NodeBase {
  readonly kind: 'GenDecl';
  readonly tok: 'var' | 'const';
  readonly specs: ValueSpec[];
}
/** One `Name T` (or alias `Name = T`) of a type declaration. */
export interface TypeSpec extends NodeBase {
  readonly kind: 'TypeSpec';
  readonly name: Ident;
  readonly type: Expr;
  readonly alias: boolean;
}
/** A `type` declaration, single or grouped. */
export interface TypeDecl extends NodeBase {
  readonly kind: 'TypeDecl';
  readonly specs: TypeSpec[];
}
/** A top-level function declaration, or a method when `recv` is set. */
export interface FuncDecl extends NodeBase {
  readonly kind: 'FuncDecl';
  /** The receiver of a method (`(c *Counter)`), else null. */
  readonly recv: Field | null;
  readonly name: Ident;
  readonly type: FuncType;
  readonly body: BlockStmt | null;
}
/** A top-level declaration. */
export type Decl = GenDecl | FuncDecl | TypeDecl;

/** A parsed `.go` file. */
export interface File extends NodeBase {
  readonly kind: 'File';
  readonly name: string;
  readonly packageName: Ident;
  readonly imports: ImportSpec[];
  readonly decls: Decl[];
}

/** Every node kind. */
export type Node =
  Expr | Stmt | Decl | ImportSpec | ValueSpec | TypeSpec | Field | CaseClause | CommClause | File;
