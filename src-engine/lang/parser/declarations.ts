import type {
  BasicLit,
  Decl,
  Expr,
  Field,
  File,
  FuncDecl,
  GenDecl,
  Ident,
  ImportSpec,
  ValueSpec,
} from '../ast';
import type { DiagnosticSink } from '../diagnostics';
import { parseExprList, parseIdent } from './expressions';
import { parseFuncBody, parseParams, parseSignature } from './functions';
import { Parser } from './Parser';
import { parseTypeDecl } from './typeDecls';
import { parseType, parseTypeOrNull, skipBraces } from './types';

/** Parses a whole file: package clause, imports and top-level declarations. */
export function parseFile(src: string, fileName: string, diags: DiagnosticSink): File {
  const p = new Parser(src, diags);
  const start = p.tok.pos;
  let packageName: Ident = { kind: 'Ident', name: '_', pos: start, end: start };
  if (p.k() !== 'package') {
    p.syntaxError('package statement must be first');
    return { kind: 'File', name: fileName, packageName, imports: [], decls: [], pos: start, end: start };
  }
  p.next();
  packageName = parseIdent(p);
  wantSemi(p);
  const imports: ImportSpec[] = [];
  const decls: Decl[] = [];
  while (p.k() !== 'EOF') {
    const before = p.tok;
    switch (p.k()) {
      case 'import':
        if (decls.length > 0) p.syntaxError('imports must appear before other declarations');
        parseImportDecl(p, imports);
        break;
      case 'var':
      case 'const':
        decls.push(parseGenDecl(p));
        break;
      case 'func': {
        const f = parseFuncDecl(p);
        if (f) decls.push(f);
        break;
      }
      case 'type':
        decls.push(parseTypeDecl(p));
        break;
      case ';':
        break;
      default:
        p.syntaxError(
          p.k() === 'ident' || p.k() === '{' || p.k() === 'for' || p.k() === 'if'
            ? 'non-declaration statement outside function body'
            : 'after top level declaration',
        );
        skipDecl(p);
        break;
    }
    if (p.k() !== 'EOF' && p.tok === before) p.next();
    else if (p.k() !== 'EOF' && p.k() !== ';' && before.kind !== ';' && p.tok !== before) {
      if (!isTopKeyword(p.k())) {
        p.syntaxError('after top level declaration');
        skipDecl(p);
      }
    }
    if (p.k() === ';') p.next();
  }
  return { kind: 'File', name: fileName, packageName, imports, decls, pos: start, end: p.tok.pos };
}

function isTopKeyword(k: string): boolean {
  return k === 'func' || k === 'var' || k === 'const' || k === 'type' || k === 'import';
}

function wantSemi(p: Parser): void {
  if (p.k() === ';') p.next();
  else if (p.k() !== 'EOF') {
    p.syntaxError('after package clause');
    skipDecl(p);
  }
}

/** Skips to the next top-level declaration keyword. */
function skipDecl(p: Parser): void {
  while (p.k() !== 'EOF' && !isTopKeyword(p.k())) {
    if (p.k() === '{') {
      p.next();
      skipBraces(p);
    } else p.next();
  }
}

function parseImportSpec(p: Parser, out: ImportSpec[]): void {
  const pos = p.tok.pos;
  let name: Ident | null = null;
  if (p.k() === 'ident') name = parseIdent(p);
  else if (p.k() === '.') {
    p.unsupported(p.tok.pos, 'dot imports are');
    p.next();
  }
  const t = p.tok;
  if (t.kind !== 'string') {
    p.syntaxError('missing import path; require quoted string');
    p.advance();
    return;
  }
  p.next();
  const path: BasicLit = {
    kind: 'BasicLit',
    litKind: 'string',
    raw: t.text,
    value: t.value ?? '',
    bad: t.bad === true,
    pos: t.pos,
    end: t.end,
  };
  out.push({ kind: 'ImportSpec', name, path, pos, end: t.end });
}

function parseImportDecl(p: Parser, out: ImportSpec[]): void {
  p.next();
  if (p.got('(')) {
    while (p.k() !== ')' && p.k() !== 'EOF') {
      const before = p.tok;
      parseImportSpec(p, out);
      if (!p.got(';') && p.k() !== ')') {
        p.syntaxError('after import path; possibly missing semicolon or newline or )');
        p.advance();
      }
      if (p.tok === before) return; // no progress: leave the group to the top-level recovery
    }
    p.want(')');
  } else parseImportSpec(p, out);
}

/** Parses a `var` or `const` declaration, single or grouped. */
export function parseGenDecl(p: Parser): GenDecl {
  const pos = p.tok.pos;
  const tok = p.k() === 'const' ? 'const' : 'var';
  p.next();
  const specs: ValueSpec[] = [];
  if (p.got('(')) {
    let prev: ValueSpec | null = null;
    while (p.k() !== ')' && p.k() !== 'EOF') {
      const before = p.tok;
      const spec = parseValueSpec(p, tok, specs.length, prev);
      specs.push(spec);
      if (spec.values.length > 0) prev = spec;
      else if (tok === 'const' && spec.type === null) prev = spec.implicitFrom;
      if (!p.got(';') && p.k() !== ')') {
        p.syntaxError(`after ${tok} declaration; possibly missing semicolon or newline or )`);
        p.advance();
      }
      if (p.tok === before) break; // no progress
    }
    p.want(')');
  } else specs.push(parseValueSpec(p, tok, 0, null));
  return { kind: 'GenDecl', tok, specs, pos, end: p.prevEnd };
}

function parseValueSpec(p: Parser, tok: 'var' | 'const', iota: number, prev: ValueSpec | null): ValueSpec {
  const pos = p.tok.pos;
  const names = [parseIdent(p)];
  while (p.got(',')) names.push(parseIdent(p));
  let type: Expr | null = null;
  if (p.k() !== '=' && p.k() !== ';' && p.k() !== ')') type = parseType(p);
  let values: Expr[] = [];
  if (p.got('=')) values = parseExprList(p);
  let implicitFrom: ValueSpec | null = null;
  if (tok === 'const' && values.length === 0) {
    if (type !== null || prev === null) p.syntaxErrorAt(pos, 'missing init expr for const declaration');
    else implicitFrom = prev;
  } else if (tok === 'var' && type === null && values.length === 0) {
    p.syntaxError('expected type');
  }
  return { kind: 'ValueSpec', names, type, values, iota, implicitFrom, pos, end: p.prevEnd };
}

function parseFuncDecl(p: Parser): FuncDecl | null {
  const pos = p.tok.pos;
  p.next();
  let supported = true;
  let recv: Field | null = null;
  if (p.k() === '(') {
    const rpos = p.tok.pos;
    const list = parseParams(p);
    recv = list[0] ?? null;
    if (list.length !== 1 || (list[0]?.names.length ?? 0) > 1) {
      p.syntaxErrorAt(rpos, 'method has multiple receivers');
      supported = false;
    } else if (recv === null) {
      p.syntaxErrorAt(rpos, 'method has no receiver');
      supported = false;
    }
  }
  const name = parseIdent(p);
  if (p.k() === '[') {
    p.unsupported(p.tok.pos, 'generic functions are');
    p.next();
    while (p.k() !== ']' && p.k() !== 'EOF' && p.k() !== '(' && p.k() !== '{') {
      if (!parseTypeOrNull(p)) p.next();
    }
    p.got(']');
    supported = false;
  }
  const type = parseSignature(p, pos);
  if (p.k() === ';' && p.tok.text === 'newline') {
    // `func f()` followed by `{` on the next line.
    p.next();
    if (p.k() === '{') {
      p.syntaxErrorAt(p.tok.pos, 'unexpected semicolon or newline before {');
      parseFuncBody(p);
      return null;
    }
    return supported ? { kind: 'FuncDecl', recv, name, type, body: null, pos, end: type.end } : null;
  }
  const body = parseFuncBody(p);
  if (!supported) return null;
  return { kind: 'FuncDecl', recv, name, type, body, pos, end: body?.end ?? type.end };
}
