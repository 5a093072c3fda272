import type { BlockStmt, Expr, Field, FuncType, Ident } from '../ast';
import type { Pos } from '../diagnostics';
import type { Parser } from './Parser';
import { parseBlock } from './statements';
import { parseType, parseTypeOrNull } from './types';

/** Parses `func(...)...` in an expression: a function literal when a body follows, else a function type. */
export function parseFuncTypeOrLit(p: Parser): Expr {
  const pos = p.tok.pos;
  p.next();
  const type = parseSignature(p, pos);
  if (p.k() !== '{') return type;
  p.exprLev++;
  const body = parseBlock(p);
  p.exprLev--;
  return { kind: 'FuncLit', type, body, pos, end: body.end };
}

/** Parses parameters and results after `func` (or after the function's name). */
export function parseSignature(p: Parser, pos: Pos): FuncType {
  const params = p.k() === '(' ? parseParams(p) : (p.syntaxError('expected ('), []);
  let results: Field[] = [];
  if (p.k() === '(') results = parseParams(p);
  else {
    const t = parseTypeOrNull(p);
    if (t) results = [{ kind: 'Field', names: [], type: t, variadic: false, pos: t.pos, end: t.end }];
  }
  return { kind: 'FuncType', params, results, pos, end: p.prevEnd };
}

interface Entry {
  name: Ident | null;
  type: Expr;
  variadic: boolean;
  ellipsis: Pos | null;
  pos: Pos;
}

/** Parses a parenthesised parameter or result list, grouping `a, b int` the way Go does. */
export function parseParams(p: Parser): Field[] {
  p.next(); // (
  const entries: Entry[] = [];
  let named = false;
  while (p.k() !== ')' && p.k() !== 'EOF') {
    const pos = p.tok.pos;
    let ellipsis: Pos | null = p.k() === '...' ? p.tok.pos : null;
    let variadic = p.got('...');
    let first = parseType(p);
    let name: Ident | null = null;
    if (!variadic && first.kind === 'Ident' && p.k() !== ',' && p.k() !== ')') {
      name = first;
      ellipsis = p.k() === '...' ? p.tok.pos : null;
      variadic = p.got('...');
      first = parseType(p);
      named = true;
    }
    entries.push({ name, type: first, variadic, ellipsis, pos });
    if (!p.got(',')) {
      if (p.k() !== ')') {
        p.syntaxError('in parameter list; possibly missing comma or )');
        while (p.k() !== ')' && p.k() !== '{' && p.k() !== ';' && p.k() !== 'EOF') p.next();
      }
      break;
    }
  }
  p.want(')');
  if (!named) {
    return entries.map((e) => ({
      kind: 'Field',
      names: [],
      type: e.type,
      variadic: e.variadic,
      ...(e.ellipsis ? { ellipsis: e.ellipsis } : {}),
      pos: e.pos,
      end: e.type.end,
    }));
  }
  const fields: Field[] = [];
  let pending: Ident[] = [];
  let pendingPos: Pos | null = null;
  for (const e of entries) {
    if (e.name === null) {
      if (e.type.kind === 'Ident' && !e.variadic) {
        pending.push(e.type);
        pendingPos ??= e.pos;
      } else {
        p.syntaxErrorAt(e.pos, 'mixed named and unnamed parameters');
        pending = [];
        pendingPos = null;
      }
      continue;
    }
    fields.push({
      kind: 'Field',
      names: [...pending, e.name],
      type: e.type,
      variadic: e.variadic,
      ...(e.ellipsis ? { ellipsis: e.ellipsis } : {}),
      pos: pendingPos ?? e.pos,
      end: e.type.end,
    });
    pending = [];
    pendingPos = null;
  }
  if (pending.length > 0 && pendingPos) p.syntaxErrorAt(pendingPos, 'mixed named and unnamed parameters');
  return fields;
}

/** Parses an optional function body. */
export function parseFuncBody(p: Parser): BlockStmt | null {
  if (p.k() !== '{') return null;
  return parseBlock(p);
}
