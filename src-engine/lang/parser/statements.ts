import type { AssignOp, BlockStmt, Expr, Stmt } from '../ast';
import { parseFor, parseIf, parseSelect, parseSwitch } from './control';
import { parseGenDecl } from './declarations';
import { parseTypeDecl } from './typeDecls';
import { parseExprList, parseIdent } from './expressions';
import type { Parser } from './Parser';

/** Parses `{ statements }`. */
export function parseBlock(p: Parser): BlockStmt {
  const pos = p.tok.pos;
  p.want('{');
  const stmts = parseStmtList(p);
  const rbrace = p.tok.pos;
  if (p.k() !== '}') p.syntaxError('expected }');
  else p.next();
  return { kind: 'BlockStmt', stmts, rbrace, pos, end: p.prevEnd };
}

/** Parses statements up to `}`, `case`, `default` or EOF, recovering after errors. */
export function parseStmtList(p: Parser): Stmt[] {
  const list: Stmt[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF' && p.k() !== 'case' && p.k() !== 'default') {
    const before = p.tok;
    const s = parseStmtOrNull(p);
    if (s && s.kind !== 'EmptyStmt') list.push(s);
    if (p.k() === ';') p.next();
    else if (p.k() !== '}' && p.k() !== 'case' && p.k() !== 'default' && p.k() !== 'EOF') {
      p.syntaxError('at end of statement');
      p.advance();
    }
    if (p.tok === before) p.next(); // always make progress
  }
  return list;
}

/** Parses one statement, or returns null at `;` / `}` (an empty statement). */
export function parseStmtOrNull(p: Parser): Stmt | null {
  if (!p.enter()) return null;
  try {
    return parseStmt(p);
  } finally {
    p.leave();
  }
}

function parseStmt(p: Parser): Stmt | null {
  const t = p.tok;
  switch (t.kind) {
    case ';':
      return { kind: 'EmptyStmt', pos: t.pos, end: t.pos };
    case '}':
      return null;
    case 'var':
    case 'const': {
      const decl = parseGenDecl(p);
      return { kind: 'DeclStmt', decl, pos: decl.pos, end: decl.end };
    }
    case 'type': {
      const decl = parseTypeDecl(p);
      return { kind: 'DeclStmt', decl, pos: decl.pos, end: decl.end };
    }
    case '{':
      return parseBlock(p);
    case 'go':
    case 'defer': {
      p.next();
      const call = parseExprList(p)[0] ?? { kind: 'BadExpr', pos: t.pos, end: t.end };
      return t.kind === 'go'
        ? { kind: 'GoStmt', call, pos: t.pos, end: call.end }
        : { kind: 'DeferStmt', call, pos: t.pos, end: call.end };
    }
    case 'return': {
      p.next();
      const results = p.k() === ';' || p.k() === '}' ? [] : parseExprList(p);
      return { kind: 'ReturnStmt', results, pos: t.pos, end: p.prevEnd };
    }
    case 'break':
    case 'continue': {
      p.next();
      const label = p.k() === 'ident' ? parseIdent(p) : null;
      return { kind: 'BranchStmt', tok: t.kind, label, pos: t.pos, end: p.prevEnd };
    }
    case 'goto':
    case 'fallthrough':
      p.unsupported(t.pos, `${t.kind} is`);
      p.next();
      if (t.kind === 'goto' && p.k() === 'ident') p.next();
      return { kind: 'BadStmt', pos: t.pos, end: p.prevEnd };
    case 'if':
      return parseIf(p);
    case 'for':
      return parseFor(p);
    case 'switch':
      return parseSwitch(p);
    case 'select':
      return parseSelect(p);
    default:
      return parseSimpleStmt(p, false);
  }
}

const assignOps = new Set<string>([
  '=',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<=',
  '>>=',
  '&^=',
]);

/**
 * Parses a simple statement: expression, send, `++`/`--`, assignment or short variable declaration,
 * or a labeled statement. With `rangeOk` (in a `for` header), `k, v := range x` yields a RangeStmt
 * with an empty body for the caller to fill in.
 */
export function parseSimpleStmt(p: Parser, rangeOk: boolean): Stmt {
  const lhs = parseExprList(p);
  const first = lhs[0] as Expr;
  const t = p.tok;
  if (assignOps.has(t.kind)) {
    const op = t.kind as AssignOp;
    p.next();
    if (rangeOk && p.k() === 'range' && (op === '=' || op === ':=')) {
      p.next();
      const x = parseExprList(p)[0] as Expr;
      if (lhs.length > 2)
        p.syntaxErrorAt(lhs[2]?.pos ?? t.pos, 'range clause permits at most two iteration variables');
      return {
        kind: 'RangeStmt',
        key: first,
        value: lhs[1] ?? null,
        tok: op,
        x,
        body: { kind: 'BlockStmt', stmts: [], rbrace: x.end, pos: x.end, end: x.end },
        pos: first.pos,
        end: x.end,
      };
    }
    const rhs = parseExprList(p);
    const last = rhs[rhs.length - 1] as Expr;
    return { kind: 'AssignStmt', lhs, op, opPos: t.pos, rhs, pos: first.pos, end: last.end };
  }
  if (lhs.length > 1) {
    p.syntaxError('expected := or = or comma');
    p.advance();
    return { kind: 'BadStmt', pos: first.pos, end: p.prevEnd };
  }
  switch (t.kind) {
    case '++':
    case '--':
      p.next();
      return { kind: 'IncDecStmt', x: first, op: t.kind, pos: first.pos, end: t.end };
    case '<-': {
      p.next();
      const value = parseExprList(p)[0] as Expr;
      return { kind: 'SendStmt', chan: first, value, pos: first.pos, end: value.end };
    }
    case ':':
      if (first.kind === 'Ident' && !rangeOk) {
        p.next();
        if (p.k() === '}') {
          return {
            kind: 'LabeledStmt',
            label: first,
            stmt: { kind: 'EmptyStmt', pos: t.pos, end: t.pos },
            pos: first.pos,
            end: t.end,
          };
        }
        const stmt = parseStmtOrNull(p) ?? { kind: 'EmptyStmt', pos: t.pos, end: t.pos };
        return { kind: 'LabeledStmt', label: first, stmt, pos: first.pos, end: stmt.end };
      }
      break;
    default:
      break;
  }
  return { kind: 'ExprStmt', x: first, pos: first.pos, end: first.end };
}
