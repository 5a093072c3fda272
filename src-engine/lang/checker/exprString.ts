import type { Expr } from '../ast';

/** Prints an expression the way gc quotes it in messages (`x + s`, `f(a, b)`, `[]int{…}`). */
export function exprString(e: Expr | null): string {
  if (e === null) return '';
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.raw;
    case 'CompositeLit':
      return `${exprString(e.type)}{${e.elts.length === 0 ? '' : '…'}}`;
    case 'FuncLit':
      return `func literal`;
    case 'ParenExpr':
      return `(${exprString(e.x)})`;
    case 'SelectorExpr':
      return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${exprString(e.x)}[${exprString(e.index)}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[${exprString(e.low)}:${exprString(e.high)}`;
      if (e.max) s += `:${exprString(e.max)}`;
      return s + ']';
    }
    case 'CallExpr':
      return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.ellipsis ? '...' : ''})`;
    case 'StarExpr':
      return `*${exprString(e.x)}`;
    case 'UnaryExpr':
      return `${e.op}${exprString(e.x)}`;
    case 'BinaryExpr':
      return `${exprString(e.x)} ${e.op} ${exprString(e.y)}`;
    case 'BadExpr':
      return '_';
    case 'SliceType':
      return `[]${exprString(e.elem)}`;
    case 'ArrayType':
      return `[${e.len === null ? '...' : exprString(e.len)}]${exprString(e.elem)}`;
    case 'ChanType':
      return e.dir === 'send'
        ? `chan<- ${exprString(e.elem)}`
        : e.dir === 'recv'
          ? `<-chan ${exprString(e.elem)}`
          : `chan ${exprString(e.elem)}`;
    case 'FuncType':
      return 'func(…)';
    case 'StructType':
      return e.fields.length === 0 ? 'struct{}' : 'struct{…}';
    case 'InterfaceType':
      return e.methods.length === 0 ? 'interface{}' : 'interface{…}';
    case 'MapType':
      return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'KeyValueExpr':
      return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'TypeAssertExpr':
      return `${exprString(e.x)}.(${e.type === null ? 'type' : exprString(e.type)})`;
  }
}
