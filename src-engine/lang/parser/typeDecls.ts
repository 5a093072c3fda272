/**
 * Type declarations (`type T struct{…}`, `type F func(int)`, grouped and alias forms), struct types with
 * fields and interface types with method sets.
 */
import type { Expr, Field, Ident, InterfaceType, StructType, TypeDecl, TypeSpec } from '../ast';
import type { Pos } from '../diagnostics';
import { binaryPrecedence } from '../tokens';
import { parseExpr, parseExprFrom, parseIdent } from './expressions';
import { parseSignature } from './functions';
import type { Parser } from './Parser';
import { parseType, skipBraces } from './types';

/** Parses `type …` (the `type` keyword is the current token). */
export function parseTypeDecl(p: Parser): TypeDecl {
  const pos = p.tok.pos;
  p.next();
  const specs: TypeSpec[] = [];
  if (p.got('(')) {
    while (p.k() !== ')' && p.k() !== 'EOF') {
      const before = p.tok;
      specs.push(parseTypeSpec(p));
      if (!p.got(';') && p.k() !== ')') {
        p.syntaxError('after type declaration; possibly missing semicolon or newline or )');
        p.advance();
      }
      if (p.tok === before) break;
    }
    p.want(')');
  } else specs.push(parseTypeSpec(p));
  return { kind: 'TypeDecl', specs, pos, end: p.prevEnd };
}

function parseTypeSpec(p: Parser): TypeSpec {
  const pos = p.tok.pos;
  const name = parseIdent(p);
  if (p.k() === '[') {
    // `type A [N]T` is an array type; `type L[T any] …` a generic type.
    const lb = p.tok.pos;
    p.next();
    if (p.got(']')) {
      // `type S []T`: a slice type.
      const elem = parseType(p);
      const type: Expr = { kind: 'SliceType', elem, pos: lb, end: elem.end };
      return { kind: 'TypeSpec', name, type, alias: false, pos, end: p.prevEnd };
    }
    // `[N]T` (a literal or an expression not starting with a name) or `[Name]T` is an array type;
    // `[T any]`, `[K comparable, V any]` are type parameters.
    let len: Expr | null = null;
    if (p.k() !== 'ident') {
      p.exprLev++;
      len = parseExpr(p);
      p.exprLev--;
    } else {
      // gc's typeDecl: a name then `]` is an array length; a name followed by an operator, selector or call
      // is parsed as an expression, which is an array length unless a comma follows or it holds a type
      // literal (`[P *[]int]` starts a type parameter list); a name followed by anything else (`[T any]`)
      // starts a type parameter list.
      const id = parseIdent(p);
      if (p.k() === ']') len = id;
      else if (binaryPrecedence(p.k()) > 0 || p.k() === '.' || p.k() === '(') {
        p.exprLev++;
        const x = parseExprFrom(p, id);
        p.exprLev--;
        if (p.k() !== ',' && !holdsTypeLiteral(x)) len = x;
      }
    }
    if (len !== null) {
      p.want(']');
      const elem = parseType(p);
      const type: Expr = { kind: 'ArrayType', len, elem, pos: lb, end: elem.end };
      return { kind: 'TypeSpec', name, type, alias: false, pos, end: p.prevEnd };
    }
    p.unsupported(lb, 'generic types are');
    skipBrackets(p);
  }
  const alias = p.got('=');
  const type = parseType(p);
  return { kind: 'TypeSpec', name, type, alias, pos, end: p.prevEnd };
}

/** gc's isTypeElem: true when `x` holds a type literal (so `[P *[]int]` is a type parameter, not a length). */
function holdsTypeLiteral(x: Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'SliceType':
    case 'MapType':
    case 'ChanType':
      return true;
    case 'BinaryExpr':
      return holdsTypeLiteral(x.x) || holdsTypeLiteral(x.y);
    case 'UnaryExpr':
    case 'ParenExpr':
    case 'StarExpr':
      return holdsTypeLiteral(x.x);
    default:
      return false;
  }
}

function skipBrackets(p: Parser): void {
  let depth = 1;
  while (p.k() !== 'EOF') {
    if (p.k() === '[') depth++;
    if (p.k() === ']' && --depth === 0) {
      p.next();
      return;
    }
    p.next();
  }
}

/** Skips a field tag (`json:"x"`), which the subset ignores as Go's runtime does outside reflection. */
function skipTag(p: Parser): void {
  if (p.k() === 'string') p.next();
}

/** Parses `struct{…}` after the `struct` keyword. */
export function parseStructType(p: Parser, pos: Pos): StructType {
  p.want('{');
  const fields: Field[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF') {
    const before = p.tok;
    const fpos = p.tok.pos;
    if (p.k() === '*') {
      // Embedded *T.
      p.next();
      const x = parseType(p);
      const type: Expr = { kind: 'StarExpr', x, pos: fpos, end: x.end };
      skipTag(p);
      fields.push({ kind: 'Field', names: [], type, variadic: false, pos: fpos, end: p.prevEnd });
    } else if (p.k() === 'ident') {
      const first = parseIdent(p);
      if (p.k() === '.') {
        p.next();
        const sel = parseIdent(p);
        const type: Expr = { kind: 'SelectorExpr', x: first, sel, pos: first.pos, end: sel.end };
        skipTag(p);
        fields.push({ kind: 'Field', names: [], type, variadic: false, pos: fpos, end: p.prevEnd });
      } else if (p.k() === ';' || p.k() === '}' || p.k() === 'string') {
        skipTag(p);
        fields.push({ kind: 'Field', names: [], type: first, variadic: false, pos: fpos, end: p.prevEnd });
      } else {
        const names: Ident[] = [first];
        while (p.got(',')) names.push(parseIdent(p));
        const type = parseType(p);
        skipTag(p);
        fields.push({ kind: 'Field', names, type, variadic: false, pos: fpos, end: p.prevEnd });
      }
    } else {
      p.syntaxError('expected field name or embedded type');
      p.advance();
    }
    if (!p.got(';') && p.k() !== '}') {
      p.syntaxError('in struct type; possibly missing semicolon or newline or }');
      skipBraces(p);
      return { kind: 'StructType', fields, pos, end: p.prevEnd };
    }
    if (p.tok === before) p.next();
  }
  p.want('}');
  return { kind: 'StructType', fields, pos, end: p.prevEnd };
}

/** Parses `interface{…}` after the `interface` keyword. */
export function parseInterfaceType(p: Parser, pos: Pos): InterfaceType {
  p.want('{');
  const methods: Field[] = [];
  while (p.k() !== '}' && p.k() !== 'EOF') {
    const before = p.tok;
    const fpos = p.tok.pos;
    if (p.k() === 'ident') {
      const name = parseIdent(p);
      if (p.k() === '(') {
        const type = parseSignature(p, fpos);
        methods.push({ kind: 'Field', names: [name], type, variadic: false, pos: fpos, end: p.prevEnd });
      } else if (p.k() === '.') {
        p.next();
        const sel = parseIdent(p);
        const type: Expr = { kind: 'SelectorExpr', x: name, sel, pos: name.pos, end: sel.end };
        methods.push({ kind: 'Field', names: [], type, variadic: false, pos: fpos, end: p.prevEnd });
      } else if (p.k() === ';' || p.k() === '}') {
        methods.push({ kind: 'Field', names: [], type: name, variadic: false, pos: fpos, end: p.prevEnd });
      } else {
        p.unsupported(fpos, 'type constraints are');
        skipBraces(p);
        return { kind: 'InterfaceType', methods, pos, end: p.prevEnd };
      }
    } else {
      p.unsupported(fpos, 'type constraints are');
      skipBraces(p);
      return { kind: 'InterfaceType', methods, pos, end: p.prevEnd };
    }
    if (!p.got(';') && p.k() !== '}') {
      p.syntaxError('in interface type; possibly missing semicolon or newline or }');
      skipBraces(p);
      return { kind: 'InterfaceType', methods, pos, end: p.prevEnd };
    }
    if (p.tok === before) p.next();
  }
  p.want('}');
  return { kind: 'InterfaceType', methods, pos, end: p.prevEnd };
}
