import type { ChanDir, Expr } from '../ast';
import { bad, parseExpr, parseIdent } from './expressions';
import { parseSignature } from './functions';
import type { Parser } from './Parser';
import { parseInterfaceType, parseStructType } from './typeDecls';

/** Parses a type, reporting `expected type` when there is none. */
export function parseType(p: Parser): Expr {
  const t = parseTypeOrNull(p);
  if (t) return t;
  p.syntaxError('expected type');
  const pos = p.tok.pos;
  p.advance();
  return bad(pos, pos);
}

/** Parses a type if one starts here; unsupported type forms are reported and become a BadExpr. */
export function parseTypeOrNull(p: Parser): Expr | null {
  if (!p.enter()) return bad(p.tok.pos, p.tok.pos);
  try {
    return typeOrNull(p);
  } finally {
    p.leave();
  }
}

function typeOrNull(p: Parser): Expr | null {
  const t = p.tok;
  switch (t.kind) {
    case 'ident': {
      const id = parseIdent(p);
      if (p.k() === '.') {
        p.next();
        const sel = parseIdent(p);
        const qual: Expr = { kind: 'SelectorExpr', x: id, sel, pos: id.pos, end: sel.end };
        if (p.k() !== '[') return qual;
        // A library generic type instantiated (`atomic.Pointer[T]`); the checker accepts only that one.
        p.next();
        const index = parseType(p);
        p.want(']');
        return { kind: 'IndexExpr', x: qual, index, pos: id.pos, end: p.prevEnd };
      }
      return id;
    }
    case '[': {
      p.next();
      if (p.got(']')) {
        const elem = parseType(p);
        return { kind: 'SliceType', elem, pos: t.pos, end: elem.end };
      }
      let len: Expr | null = null;
      if (!p.got('...')) {
        p.exprLev++;
        len = parseExpr(p);
        p.exprLev--;
      }
      p.want(']');
      const elem = parseType(p);
      return { kind: 'ArrayType', len, elem, pos: t.pos, end: elem.end };
    }
    case 'chan': {
      p.next();
      let dir: ChanDir = 'both';
      if (p.got('<-')) dir = 'send';
      const elem = parseType(p);
      return { kind: 'ChanType', dir, elem, pos: t.pos, end: elem.end };
    }
    case '<-': {
      p.next();
      if (p.k() !== 'chan') {
        p.syntaxError('expected chan');
        return bad(t.pos, t.end);
      }
      p.next();
      const elem = parseType(p);
      return { kind: 'ChanType', dir: 'recv', elem, pos: t.pos, end: elem.end };
    }
    case 'func': {
      p.next();
      return parseSignature(p, t.pos);
    }
    case 'struct':
      p.next();
      return parseStructType(p, t.pos);
    case 'interface':
      p.next();
      return parseInterfaceType(p, t.pos);
    case 'map': {
      p.next();
      p.want('[');
      const key = parseType(p);
      p.want(']');
      const value = parseType(p);
      return { kind: 'MapType', key, value, pos: t.pos, end: value.end };
    }
    case '*': {
      p.next();
      const x = parseType(p);
      return { kind: 'StarExpr', x, pos: t.pos, end: x.end };
    }
    case '(': {
      p.next();
      const x = parseType(p);
      p.want(')');
      return { kind: 'ParenExpr', x, pos: t.pos, end: p.prevEnd };
    }
    default:
      return null;
  }
}

/** Skips to just past the `}` matching an already consumed `{`. */
export function skipBraces(p: Parser): void {
  let depth = 1;
  while (p.k() !== 'EOF') {
    if (p.k() === '{') depth++;
    if (p.k() === '}' && --depth === 0) {
      p.next();
      return;
    }
    p.next();
  }
}
