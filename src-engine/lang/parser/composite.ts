import type { Expr } from '../ast';
import type { Pos } from '../diagnostics';
import { bad, parseExpr, parseExprOrType } from './expressions';
import type { Parser } from './Parser';
import { parseTypeOrNull } from './types';

/** Parses the rest of `x[i]`, `x[lo:hi]` or `x[lo:hi:max]` after the `[`. */
export function parseIndexOrSlice(p: Parser, x: Expr): Expr {
  const idx: (Expr | null)[] = [null, null, null];
  let colons = 0;
  if (p.k() !== ':') idx[0] = parseExpr(p);
  while (p.k() === ':' && colons < 2) {
    colons++;
    p.next();
    if (p.k() !== ':' && p.k() !== ']') idx[colons] = parseExpr(p);
  }
  if (colons === 0 && p.k() === ',') {
    p.unsupported(p.tok.pos, 'generic instantiations are');
    while (p.got(',')) parseTypeOrNull(p);
  }
  p.want(']');
  const end = p.prevEnd;
  if (colons === 0) {
    const index = idx[0] ?? bad(p.prevEnd, p.prevEnd);
    return { kind: 'IndexExpr', x, index, pos: x.pos, end };
  }
  if (colons === 2) {
    if (!idx[1]) p.syntaxErrorAt(end, 'middle index required in 3-index slice');
    if (!idx[2]) p.syntaxErrorAt(end, 'final index required in 3-index slice');
  }
  return {
    kind: 'SliceExpr',
    x,
    low: idx[0] ?? null,
    high: idx[1] ?? null,
    max: idx[2] ?? null,
    pos: x.pos,
    end,
  };
}

/** Parses a composite literal's `{…}` (its type already parsed, or null when elided). */
export function parseCompositeLit(p: Parser, type: Expr | null, start: Pos = type?.pos ?? p.tok.pos): Expr {
  p.next(); // {
  p.exprLev++;
  const elts: Expr[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF') {
    let e = p.k() === '{' ? parseCompositeLit(p, null, p.tok.pos) : parseExprOrType(p);
    if (p.k() === ':') {
      p.next();
      const value = p.k() === '{' ? parseCompositeLit(p, null, p.tok.pos) : parseExprOrType(p);
      e = { kind: 'KeyValueExpr', key: e, value, pos: e.pos, end: value.end };
    }
    elts.push(e);
    if (!p.got(',')) {
      if (p.k() !== '}') {
        p.syntaxError('in composite literal; possibly missing comma or }');
        p.exprLev--;
        if (p.skipToClose('}')) return { kind: 'CompositeLit', type, elts, pos: start, end: p.prevEnd };
        return bad(start, p.prevEnd);
      }
      break;
    }
  }
  p.exprLev--;
  p.want('}');
  return { kind: 'CompositeLit', type, elts, pos: start, end: p.prevEnd };
}
