import type { BinaryOp, Expr, Ident, UnaryOp } from '../ast';
import type { Pos } from '../diagnostics';
import { binaryPrecedence } from '../tokens';
import { parseCompositeLit, parseIndexOrSlice } from './composite';
import { parseFuncTypeOrLit } from './functions';
import type { Parser } from './Parser';
import { parseType, parseTypeOrNull } from './types';

/** Parses an identifier, or reports `expected name` and returns `_` at the current position. */
export function parseIdent(p: Parser): Ident {
  const t = p.tok;
  if (t.kind === 'ident') {
    p.next();
    return { kind: 'Ident', name: t.text, pos: t.pos, end: t.end };
  }
  p.syntaxError('expected name');
  return { kind: 'Ident', name: '_', pos: t.pos, end: t.pos };
}

/** Parses a comma-separated list of expressions (at least one). */
export function parseExprList(p: Parser): Expr[] {
  const list = [parseExpr(p)];
  while (p.got(',')) list.push(parseExpr(p));
  return list;
}

/** Parses an expression with Go's five binary precedence levels. */
export function parseExpr(p: Parser): Expr {
  if (!p.enter()) return bad(p.tok.pos, p.tok.pos);
  try {
    return parseBinary(p, 1);
  } finally {
    p.leave();
  }
}

/**
 * Parses the rest of an expression whose first operand `first` (a name) is already parsed: its selectors,
 * index expressions and calls, then binary operators (gc's typeDecl does this to tell `[N*2]T` from `[T any]`).
 */
export function parseExprFrom(p: Parser, first: Expr): Expr {
  if (!p.enter()) return bad(p.tok.pos, p.tok.pos);
  try {
    return parseBinary(p, 1, continuePrimary(p, first));
  } finally {
    p.leave();
  }
}

function parseBinary(p: Parser, prec: number, first: Expr | null = null): Expr {
  let x = first ?? parseUnary(p);
  for (;;) {
    const opPrec = binaryPrecedence(p.k());
    if (opPrec < prec) return x;
    const op = p.k() as BinaryOp;
    const opPos = p.tok.pos;
    p.next();
    const y = parseBinary(p, opPrec + 1);
    x = { kind: 'BinaryExpr', op, opPos, x, y, pos: x.pos, end: y.end };
  }
}

/** Parses a unary expression: `+x -x !x ^x &x <-x *x` or a primary expression. */
export function parseUnary(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case '+':
    case '-':
    case '!':
    case '^':
    case '&': {
      p.next();
      if (!p.enter()) return bad(t.pos, t.pos);
      try {
        const x = parseUnary(p);
        return { kind: 'UnaryExpr', op: t.kind as UnaryOp, x, pos: t.pos, end: x.end };
      } finally {
        p.leave();
      }
    }
    case '~':
      p.next();
      p.unsupported(t.pos, 'type constraints are');
      return parseUnary(p);
    case '*': {
      p.next();
      if (!p.enter()) return bad(t.pos, t.pos);
      try {
        const x = parseUnary(p);
        return { kind: 'StarExpr', x, pos: t.pos, end: x.end };
      } finally {
        p.leave();
      }
    }
    case '<-': {
      p.next();
      if (p.k() === 'chan') {
        // <-chan T: a receive-only channel type in expression position.
        const ct = parseTypeOrNull(p);
        if (ct && ct.kind === 'ChanType') {
          if (ct.dir === 'send') p.syntaxErrorAt(ct.pos, 'unexpected <-, expected chan');
          return { kind: 'ChanType', dir: 'recv', elem: ct.elem, pos: t.pos, end: ct.end };
        }
        return ct ?? bad(t.pos, p.prevEnd);
      }
      if (!p.enter()) return bad(t.pos, t.pos);
      try {
        const x = parseUnary(p);
        return { kind: 'UnaryExpr', op: '<-', x, pos: t.pos, end: x.end };
      } finally {
        p.leave();
      }
    }
    default:
      return parsePrimary(p);
  }
}

/** A placeholder expression. */
export function bad(pos: Pos, end: Pos): Expr {
  return { kind: 'BadExpr', pos, end };
}

function parseOperand(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case 'ident':
      return parseIdent(p);
    case 'int':
    case 'float':
    case 'imag':
    case 'char':
    case 'string':
      p.next();
      return {
        kind: 'BasicLit',
        litKind: t.kind,
        raw: t.text,
        value: t.value ?? t.text,
        bad: t.bad === true,
        pos: t.pos,
        end: t.end,
      };
    case '(': {
      p.next();
      p.exprLev++;
      const x = parseExprOrType(p);
      p.exprLev--;
      const end = p.tok.end;
      if (p.k() !== ')') {
        p.syntaxError('expected )');
        return x;
      }
      p.next();
      return { kind: 'ParenExpr', x, pos: t.pos, end };
    }
    case 'func':
      return parseFuncTypeOrLit(p);
    case '[':
    case 'chan':
    case 'map':
    case 'struct':
    case 'interface': {
      const ty = parseTypeOrNull(p);
      if (ty) return ty;
      break;
    }
    default:
      break;
  }
  p.syntaxError('expected expression');
  const pos = p.tok.pos;
  p.skipStatement();
  return bad(pos, pos);
}

/** An expression or a type (inside parentheses and call arguments, e.g. `make(chan int)`). */
export function parseExprOrType(p: Parser): Expr {
  return parseExpr(p);
}

function isLiteralType(x: Expr): boolean {
  switch (x.kind) {
    case 'SliceType':
    case 'ArrayType':
    case 'StructType':
    case 'MapType':
      return true;
    case 'BadExpr':
      return true;
    default:
      return false;
  }
}

function isTypeName(x: Expr): boolean {
  return x.kind === 'Ident' || (x.kind === 'SelectorExpr' && x.x.kind === 'Ident');
}

/** Parses an operand followed by selectors, index and slice expressions, calls and composite literals. */
export function parsePrimary(p: Parser): Expr {
  return continuePrimary(p, parseOperand(p));
}

/** Parses the selectors, index and slice expressions, calls and composite literals after operand `x`. */
function continuePrimary(p: Parser, x0: Expr): Expr {
  let x = x0;
  for (;;) {
    const t = p.tok;
    switch (t.kind) {
      case '.': {
        p.next();
        if (p.k() === 'ident') {
          const sel = parseIdent(p);
          x = { kind: 'SelectorExpr', x, sel, pos: x.pos, end: sel.end };
        } else if (p.k() === '(') {
          p.next();
          const isTypeSwitch = p.k() === 'type';
          let type: Expr | null = null;
          if (isTypeSwitch) p.next();
          else type = parseType(p);
          p.want(')');
          x = { kind: 'TypeAssertExpr', x, type, pos: x.pos, end: p.prevEnd };
          // A type switch's `{` opens its body, never a composite literal.
          if (isTypeSwitch) return x;
        } else {
          p.syntaxError('expected name or (');
          p.advance();
          return bad(x.pos, p.prevEnd);
        }
        break;
      }
      case '[': {
        p.next();
        p.exprLev++;
        x = parseIndexOrSlice(p, x);
        p.exprLev--;
        break;
      }
      case '(': {
        p.next();
        p.exprLev++;
        let closedEarly = false;
        const args: Expr[] = [];
        let ellipsis: Pos | null = null;
        while (p.k() !== ')' && p.k() !== 'EOF') {
          args.push(parseExprOrType(p));
          if (p.k() === '...') {
            ellipsis = p.tok.pos;
            p.next();
          }
          if (!p.got(',')) {
            if (p.k() !== ')') {
              p.syntaxError('in argument list; possibly missing comma or )');
              p.exprLev--;
              const closed = p.skipToClose(')');
              if (!closed) return bad(x.pos, p.prevEnd);
              x = { kind: 'CallExpr', fun: x, args, ellipsis, rparen: p.prevEnd, pos: x.pos, end: p.prevEnd };
              p.exprLev++;
              closedEarly = true;
            }
            break;
          }
        }
        p.exprLev--;
        if (closedEarly) break;
        const rparen = p.tok.pos;
        p.want(')');
        x = { kind: 'CallExpr', fun: x, args, ellipsis, rparen, pos: x.pos, end: p.prevEnd };
        break;
      }
      case '{': {
        if (isLiteralType(x) || (p.exprLev >= 0 && isTypeName(x))) {
          x = parseCompositeLit(p, x);
          break;
        }
        return x;
      }
      default:
        return x;
    }
  }
}
