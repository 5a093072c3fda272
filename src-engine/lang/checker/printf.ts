import type * as ast from '../ast';
import type { LibFuncObj } from '../program';
import { isFloat, type Type, typeString, under } from '../types';
import type { Checker } from './Checker';
import { exprString } from './exprString';
import type { Operand } from './operand';

/** Verbs `go vet` knows, with the argument kinds each accepts. */
const verbs: Record<string, readonly Kind[]> = {
  b: ['int', 'float'],
  c: ['int'],
  d: ['int', 'pointer'],
  e: ['float'],
  E: ['float'],
  f: ['float'],
  F: ['float'],
  g: ['float'],
  G: ['float'],
  o: ['int', 'pointer'],
  O: ['int', 'pointer'],
  p: ['pointer'],
  q: ['int', 'string'],
  s: ['string', 'stringer'],
  t: ['bool'],
  T: ['any'],
  U: ['int'],
  v: ['any'],
  x: ['int', 'float', 'string', 'pointer'],
  X: ['int', 'float', 'string', 'pointer'],
};

type Kind = 'int' | 'float' | 'string' | 'bool' | 'pointer' | 'stringer' | 'any';

function matches(t: Type, accepted: readonly Kind[]): boolean {
  if (accepted.includes('any') || t.kind === 'invalid' || t.kind === 'any') return true;
  if (
    t.kind === 'named' &&
    (t.name === 'time.Duration' || t.name === 'time.Time') &&
    accepted.includes('stringer')
  )
    return true;
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      if (u.name === 'bool') return accepted.includes('bool');
      if (u.name === 'string') return accepted.includes('string');
      if (isFloat(u)) return accepted.includes('float');
      return accepted.includes('int');
    case 'slice':
      return accepted.includes('pointer') || matches(u.elem, accepted);
    case 'pointer':
    case 'chan':
    case 'func':
      return accepted.includes('pointer');
    default:
      return false;
  }
}

const plural = (n: number): string => `${n} arg${n === 1 ? '' : 's'}`;

/** One `%…` directive: its text, verb, and how many arguments its `*` width/precision consume. */
interface Directive {
  readonly text: string;
  readonly verb: string;
  readonly stars: number;
}

function parseDirectives(format: string): Directive[] {
  const out: Directive[] = [];
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    const start = i++;
    let stars = 0;
    while (i < format.length && '#0+- '.includes(format.charAt(i))) i++;
    const num = (): void => {
      if (format[i] === '*') {
        stars++;
        i++;
      } else while (i < format.length && /[0-9]/.test(format.charAt(i))) i++;
    };
    num();
    if (format[i] === '.') {
      i++;
      num();
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 37);
    out.push({ text: format.slice(start, i + verb.length), verb, stars });
    i += verb.length - 1;
  }
  return out;
}

/**
 * `go vet`'s printf check for fmt.Printf/Sprintf/Println/Sprint, reported as warnings (Go still runs
 * such programs, and the scenario runtime prints Go's `%!d(string=…)` for them).
 */
export function checkPrintf(c: Checker, call: ast.CallExpr, fn: LibFuncObj, args: readonly Operand[]): void {
  if (fn.pkg !== 'fmt' || call.ellipsis || args.some((a) => a.mode === 'invalid')) return;
  const name = `fmt.${fn.name}`;
  if (fn.name === 'Printf' || fn.name === 'Sprintf') {
    const f = args[0];
    if (!f || f.value?.kind !== 'string') return;
    const rest = args.slice(1);
    const dirs = parseDirectives(f.value.v);
    if (dirs.length === 0) {
      if (rest.length > 0)
        c.diags.warning(call.fun.end, `${name} call has arguments but no formatting directives`);
      return;
    }
    let argNum = 0;
    for (const d of dirs) {
      if (d.verb === '%') continue;
      argNum += d.stars;
      const accepted = verbs[d.verb];
      if (!accepted) return c.diags.warning(call.pos, `${name} format ${d.text} has unknown verb ${d.verb}`);
      argNum++;
      const arg = rest[argNum - 1];
      if (!arg)
        return c.diags.warning(
          call.pos,
          `${name} format ${d.text} reads arg #${argNum}, but call has ${plural(rest.length)}`,
        );
      if ('xXb'.includes(d.verb) && isFloat(arg.type)) {
        // fmt prints a float's binary or hexadecimal mantissa and exponent; the engine does not format those.
        c.unsupported(arg.expr.pos, `formatting floating-point numbers with %${d.verb} is`);
        return;
      }
      if (!matches(arg.type, accepted))
        return c.diags.warning(
          call.pos,
          `${name} format ${d.text} has arg ${exprString(arg.expr)} of wrong type ${typeString(arg.type)}`,
        );
    }
    if (argNum < rest.length)
      c.diags.warning(call.pos, `${name} call needs ${plural(argNum)} but has ${plural(rest.length)}`);
    return;
  }
  if (fn.name !== 'Println' && fn.name !== 'Sprint') return;
  for (const a of args) {
    if (a.value?.kind !== 'string') continue;
    const d = parseDirectives(a.value.v).find(
      (x) => x.verb !== '%' && verbs[x.verb] && /^%[#0+\- ]*[0-9.]*[a-zA-Z]$/.test(x.text),
    );
    if (d)
      return c.diags.warning(call.pos, `${name} call has possible Printf formatting directive ${d.text}`);
  }
  const last = args[args.length - 1];
  if (fn.name === 'Println' && last?.value?.kind === 'string' && last.value.v.endsWith('\n'))
    c.diags.warning(call.pos, `${name} arg list ends with redundant newline`);
}
