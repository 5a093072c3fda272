import type * as ast from '../ast';
import type { DiagnosticSink, Pos } from '../diagnostics';
import type {
  CallInfo,
  CheckedProgram,
  ConstObj,
  ExprInfo,
  FuncInfo,
  FuncObj,
  Obj,
  PackageObj,
  RangeInfo,
  Selection,
  VarObj,
} from '../program';
import type { Type } from '../types';
import { UNIVERSE } from '../universe';
import { Scope } from './Scope';

/** Per-function state while checking a body. */
export interface FuncContext {
  readonly info: FuncInfo;
  /** Result types of the enclosing function (for `return`). */
  readonly results: readonly Type[];
  /** Whether results are named (a bare `return` is then allowed). */
  readonly namedResults: boolean;
  /** Labels declared in this function body. */
  readonly labels: Map<string, { stmt: ast.LabeledStmt; used: boolean }>;
  /** Counter for naming nested literals `f.func1`, `f.func2`. */
  literalCount: number;
}

/** Enclosing statements a `break`/`continue` may refer to. */
export interface BranchFrame {
  readonly stmt: ast.Stmt;
  readonly kind: 'loop' | 'switch' | 'select';
  readonly label: string | null;
}

/**
 * Shared state of one type-checking run: diagnostics, the side tables being built, the current scope
 * and function. The checking itself lives in the sibling modules, which take the Checker as `c`.
 */
export class Checker {
  private nextId = 1;
  readonly universe: Scope;
  readonly pkgScope: Scope;
  readonly fileScope: Scope;
  scope: Scope;
  fn: FuncContext | null = null;
  branches: BranchFrame[] = [];
  /** The function expression of the call being checked (method selectors are only allowed there). */
  callee: ast.Expr | null = null;
  /** Value of `iota` in the constant spec being checked, or null outside constant declarations. */
  iota: bigint | null = null;
  /** Package-level objects each package-level var initializer refers to (for initialization order). */
  deps: Set<Obj> | null = null;

  readonly packages: PackageObj[] = [];
  readonly globals: VarObj[] = [];
  readonly consts: ConstObj[] = [];
  readonly funcs: FuncObj[] = [];
  readonly funcInfos: FuncInfo[] = [];
  readonly defs = new Map<ast.Ident, Obj>();
  readonly uses = new Map<ast.Ident, Obj>();
  readonly exprs = new Map<ast.Expr, ExprInfo>();
  readonly calls = new Map<ast.CallExpr, CallInfo>();
  readonly ranges = new Map<ast.RangeStmt, RangeInfo>();
  readonly branchTargets = new Map<ast.BranchStmt, ast.Stmt>();
  readonly commaOk = new Set<ast.Expr>();
  readonly selections = new Map<ast.SelectorExpr, Selection>();
  readonly promotedRecv = new Map<ast.SelectorExpr, ast.Expr>();
  readonly toIface = new Map<ast.Expr, Type>();
  readonly switchVars = new Map<ast.CaseClause, VarObj>();
  /** Statements some `break` leaves (for the terminating-statement rules). */
  readonly breakTargets = new Set<ast.Stmt>();
  /** Imports of packages outside the subset (already reported); their uses are not reported again. */
  readonly badPackages = new Set<PackageObj>();
  /** Package-level objects each function body refers to. */
  readonly funcDeps = new Map<FuncObj, Set<Obj>>();
  /** Every local variable, to report unused ones. */
  readonly allLocals: VarObj[] = [];
  /** Declaration identifiers of variables (for positions of unused-variable errors). */
  readonly varDecls = new Map<VarObj, ast.Ident>();

  constructor(
    readonly file: ast.File,
    readonly diags: DiagnosticSink,
  ) {
    this.universe = new Scope(null, 'universe', null);
    for (const [name, obj] of UNIVERSE) this.universe.declare(name, obj);
    this.pkgScope = new Scope(this.universe, 'package', null);
    this.fileScope = new Scope(this.pkgScope, 'file', null);
    this.scope = this.fileScope;
  }

  /** A fresh object id. */
  id(): number {
    return this.nextId++;
  }

  /** Reports a type-checking error. */
  error(pos: Pos, message: string, end?: Pos): void {
    this.diags.error(pos, message, 'check', end);
  }

  /** Reports a construct outside the subset. */
  unsupported(pos: Pos, what: string): void {
    this.diags.error(pos, `${what} not supported in scenarios`, 'check');
  }

  /** Runs `body` in a new block scope. */
  inScope<T>(kind: 'func' | 'block', body: () => T): T {
    const saved = this.scope;
    this.scope = new Scope(saved, kind, this.fn?.info ?? null);
    try {
      return body();
    } finally {
      this.scope = saved;
    }
  }

  /** Creates a variable object (not yet declared in a scope). */
  newVar(name: string, type: Type, pos: Pos, role: VarObj['role']): VarObj {
    return {
      kind: 'var',
      id: this.id(),
      name,
      type,
      pos,
      role,
      owner: this.fn?.info ?? null,
      used: false,
      captured: false,
      perIteration: false,
    };
  }

  /** Declares `obj` under `ident` in the current scope, reporting redeclarations; `_` is never declared. */
  declare(ident: ast.Ident, obj: Obj, scope: Scope = this.scope): void {
    this.defs.set(ident, obj);
    if (obj.kind === 'var') {
      this.varDecls.set(obj, ident);
      if (obj.role === 'local') {
        this.allLocals.push(obj);
        this.fn?.info.locals.push(obj);
      }
    }
    if (ident.name === '_') return;
    const prev = scope.declare(ident.name, obj);
    if (prev) {
      if (obj.kind === 'var') obj.used = true; // the redeclaration is what gets reported
      const at = 'pos' in prev ? prev.pos : null;
      const other = at
        ? `\n\t${this.diags.file}:${at.line}:${at.col}: other declaration of ${ident.name}`
        : '';
      this.error(ident.pos, `${ident.name} redeclared in this block${other}`);
    }
  }

  /** Assembles the result tables. */
  program(varInitOrder: ast.ValueSpec[]): CheckedProgram {
    return {
      file: this.file,
      packages: this.packages,
      globals: this.globals,
      consts: this.consts,
      funcs: this.funcs,
      funcInfos: this.funcInfos,
      main: this.funcs.find((f) => f.name === 'main') ?? null,
      varInitOrder,
      defs: this.defs,
      uses: this.uses,
      exprs: this.exprs,
      calls: this.calls,
      ranges: this.ranges,
      branchTargets: this.branchTargets,
      commaOk: this.commaOk,
      selections: this.selections,
      promotedRecv: this.promotedRecv,
      toIface: this.toIface,
      switchVars: this.switchVars,
    };
  }
}
