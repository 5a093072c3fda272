import type { BlockStmt, CaseClause, CommClause, Expr, Ident, IfStmt, Stmt } from '../ast';
import type { Pos } from '../diagnostics';
import { parseExprList } from './expressions';
import { isStatementKeyword, type Parser } from './Parser';
import { parseBlock, parseSimpleStmt, parseStmtList } from './statements';

interface Header {
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  /** The variable of a type switch guard `v := x.(type)`. */
  bind?: Ident;
}

/** Parses the body block of a control statement, reporting `expected { after <what> clause`. */
function parseBody(p: Parser, what: string): BlockStmt {
  if (p.k() !== '{') {
    const pos = p.tok.pos;
    p.syntaxError(`expected { after ${what} clause`);
    if (p.k() === ';' && p.tok.text === 'newline') p.next();
    if (p.k() === '{') return parseBlock(p);
    p.advance();
    return { kind: 'BlockStmt', stmts: [], rbrace: pos, pos, end: pos };
  }
  return parseBlock(p);
}

/** Parses the header of `if`, `for` or `switch` as gc does (with `exprLev` at -1). */
function parseHeader(p: Parser, keyword: 'if' | 'for' | 'switch'): Header | Stmt {
  const h: Header = { init: null, cond: null, post: null };
  if (p.k() === '{') {
    if (keyword === 'if') p.syntaxError('missing condition in if statement');
    return h;
  }
  const outer = p.exprLev;
  p.exprLev = -1;
  try {
    let init: Stmt | null = null;
    if (p.k() !== ';') {
      if (p.k() === 'var') {
        p.syntaxError(`var declaration not allowed in ${keyword} initializer`);
        p.next();
      }
      if (keyword === 'for' && p.k() === 'range') {
        const pos = p.tok.pos;
        p.next();
        const x = parseExprList(p)[0] as Expr;
        return emptyRange(pos, x);
      }
      init = parseSimpleStmt(p, keyword === 'for');
      if (init.kind === 'RangeStmt') return init;
    }
    let condStmt: Stmt | null = null;
    let semi: { pos: Pos; lit: string } | null = null;
    if (p.k() !== '{') {
      if (p.k() === ';') {
        semi = { pos: p.tok.pos, lit: p.tok.text };
        p.next();
      } else {
        p.syntaxError(`expected { after ${keyword} clause`);
      }
      if (keyword === 'for') {
        if (p.k() !== ';') {
          if (p.k() === '{') {
            p.syntaxError('expected for loop condition');
            h.init = init;
            return h;
          }
          condStmt = parseSimpleStmt(p, false);
        }
        p.want(';');
        if (p.k() !== '{') {
          h.post = parseSimpleStmt(p, false);
          if (h.post.kind === 'AssignStmt' && h.post.op === ':=')
            p.syntaxErrorAt(h.post.opPos, 'cannot declare in post statement of for loop');
        }
      } else if (p.k() !== '{') {
        condStmt = parseSimpleStmt(p, false);
      }
      h.init = init;
    } else {
      condStmt = init;
    }
    if (condStmt === null) {
      if (keyword === 'if' && semi) {
        p.syntaxErrorAt(
          semi.pos,
          semi.lit === 'newline'
            ? 'unexpected newline, expected { after if clause'
            : 'missing condition in if statement',
        );
      }
    } else if (condStmt.kind === 'ExprStmt') {
      h.cond = condStmt.x;
    } else if (
      keyword === 'switch' &&
      condStmt.kind === 'AssignStmt' &&
      condStmt.op === ':=' &&
      condStmt.lhs.length === 1 &&
      condStmt.lhs[0]?.kind === 'Ident' &&
      condStmt.rhs.length === 1 &&
      condStmt.rhs[0]?.kind === 'TypeAssertExpr' &&
      condStmt.rhs[0].type === null
    ) {
      // `switch v := x.(type)`.
      h.cond = condStmt.rhs[0];
      h.bind = condStmt.lhs[0];
    } else {
      const at = condStmt.kind === 'AssignStmt' ? condStmt.opPos : condStmt.pos;
      p.syntaxErrorAt(at, `cannot use ${p.text(condStmt.pos, condStmt.end)} as value`);
    }
    return h;
  } finally {
    p.exprLev = outer;
  }
}

function emptyRange(pos: Pos, x: Expr): Stmt {
  const body: BlockStmt = { kind: 'BlockStmt', stmts: [], rbrace: x.end, pos: x.end, end: x.end };
  return { kind: 'RangeStmt', key: null, value: null, tok: null, x, body, pos, end: x.end };
}

/** Parses `if [init;] cond { } [else ...]`. */
export function parseIf(p: Parser): IfStmt {
  // An `else if` chain is read with a loop and linked from its last branch back, not with recursion: chains
  // of thousands of branches (which go build accepts) need no stack.
  const branches: Omit<IfStmt, 'else' | 'end'>[] = [];
  let last: BlockStmt | null = null;
  for (;;) {
    const pos = p.tok.pos;
    p.next();
    const h = parseHeader(p, 'if');
    const header = 'kind' in h ? { init: null, cond: null, post: null } : h;
    const then = parseBody(p, 'if');
    const cond = header.cond ?? { kind: 'BadExpr', pos, end: pos };
    branches.push({ kind: 'IfStmt', init: header.init, cond, then, pos });
    if (!p.got('else')) break;
    if (p.k() === 'if') continue;
    if (p.k() === '{') last = parseBlock(p);
    else {
      p.syntaxError('else must be followed by if or statement block');
      p.advance();
    }
    break;
  }
  const end = p.prevEnd;
  let chain: IfStmt | BlockStmt | null = last;
  for (let i = branches.length - 1; i >= 0; i--)
    chain = { ...(branches[i] as Omit<IfStmt, 'else' | 'end'>), else: chain, end };
  return chain as IfStmt;
}

/** Parses every form of `for`, including `for k, v := range x` and `for range x`. */
export function parseFor(p: Parser): Stmt {
  const pos = p.tok.pos;
  p.next();
  const h = parseHeader(p, 'for');
  const body = parseBody(p, 'for');
  if ('kind' in h) {
    if (h.kind === 'RangeStmt') return { ...h, body, pos, end: body.end };
    return { kind: 'BadStmt', pos, end: body.end };
  }
  return { kind: 'ForStmt', init: h.init, cond: h.cond, post: h.post, body, pos, end: body.end };
}

/**
 * Consumes `case` or `default` at the start of a clause; otherwise reports
 * `expected case or default or }` and skips to a `:`, `case`, `default` or `}` as gc does.
 */
function clauseStart(p: Parser): 'case' | 'default' | null {
  if (p.got('case')) return 'case';
  if (p.got('default')) return 'default';
  p.syntaxError('expected case or default or }');
  for (;;) {
    const k = p.k();
    if (k === ':' || k === 'case' || k === 'default' || k === '}' || k === 'EOF' || isStatementKeyword(k))
      return null;
    p.next();
  }
}

/** Parses an expression switch (with optional init and tag). */
export function parseSwitch(p: Parser): Stmt {
  const pos = p.tok.pos;
  p.next();
  const h = parseHeader(p, 'switch');
  const header = 'kind' in h ? { init: null, cond: null, post: null } : h;
  if (p.k() !== '{') {
    p.syntaxError('missing { after switch clause');
    p.advance();
    return { kind: 'BadStmt', pos, end: p.prevEnd };
  }
  p.next();
  const clauses: CaseClause[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF') {
    const before = p.tok;
    const cpos = p.tok.pos;
    let list: Expr[] | null = null;
    const ok = clauseStart(p);
    if (ok === 'case') list = parseExprList(p);
    p.want(':');
    const body = parseStmtList(p);
    if (ok) clauses.push({ kind: 'CaseClause', list, body, pos: cpos, end: p.prevEnd });
    if (p.tok === before) p.next();
  }
  const rbrace = p.tok.pos;
  p.want('}');
  const tag = header.cond;
  if (tag?.kind === 'TypeAssertExpr' && tag.type === null) {
    const bind = 'post' in header ? (header.bind ?? null) : null;
    return {
      kind: 'TypeSwitchStmt',
      init: header.init,
      bind,
      guard: tag,
      clauses,
      rbrace,
      pos,
      end: p.prevEnd,
    };
  }
  return { kind: 'SwitchStmt', init: header.init, tag, clauses, rbrace, pos, end: p.prevEnd };
}

/** Parses `select { case ...: ... default: ... }`. */
export function parseSelect(p: Parser): Stmt {
  const pos = p.tok.pos;
  p.next();
  if (p.k() !== '{') {
    p.syntaxError('expected { after select clause');
    p.advance();
    return { kind: 'BadStmt', pos, end: p.prevEnd };
  }
  p.next();
  const clauses: CommClause[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF') {
    const before = p.tok;
    const cpos = p.tok.pos;
    let comm: CommClause['comm'] = null;
    const ok = clauseStart(p);
    if (ok === 'case') {
      const s = parseSimpleStmt(p, false);
      if (s.kind === 'SendStmt' || s.kind === 'ExprStmt' || s.kind === 'AssignStmt') comm = s;
      else p.syntaxErrorAt(s.pos, 'select case must be receive, send or assign recv');
    }
    p.want(':');
    const body = parseStmtList(p);
    if (ok) clauses.push({ kind: 'CommClause', comm, body, pos: cpos, end: p.prevEnd });
    if (p.tok === before) p.next();
  }
  p.want('}');
  return { kind: 'SelectStmt', clauses, pos, end: p.prevEnd };
}
