import type * as ast from '../ast';
import type { ConstObj, VarObj } from '../program';
import { INVALID, isBoolean, isNumeric, isString, isUntyped, type Type, typeString } from '../types';
import { assignTo, defaultize } from './assign';
import type { Checker } from './Checker';
import { checkLockCopy } from './copylocks';
import { describe } from './operand';
import { checkValue } from './expressions';
import { resolveType } from './typeexpr';
import { evalRhs } from './values';

/** Checks a constant spec (with `iota` and implicit repetition), filling in the objects' types and values. */
export function checkConstSpec(c: Checker, spec: ast.ValueSpec, objs: ConstObj[]): void {
  const src = spec.values.length === 0 && spec.implicitFrom ? spec.implicitFrom : spec;
  const savedIota = c.iota;
  c.iota = BigInt(spec.iota);
  try {
    const t: Type | null = src.type ? resolveType(c, src.type) : null;
    if (t && t.kind !== 'invalid' && !(isNumeric(t) || isString(t) || isBoolean(t))) {
      c.error(src.type?.pos ?? spec.pos, `invalid constant type ${typeString(t)}`);
    }
    objs.forEach((obj, i) => {
      const e = src.values[i];
      obj.type = INVALID;
      if (!e) {
        if (i === src.values.length)
          c.error(spec.names[i]?.pos ?? spec.pos, 'missing init expr for const declaration');
        return;
      }
      const x = checkValue(c, e);
      if (x.mode === 'invalid') return;
      if (x.mode !== 'constant' || !x.value) {
        c.error(e.pos, `${describe(x)} is not constant`);
        return;
      }
      if (t) {
        if (!assignTo(c, x, t, 'constant declaration')) return;
        obj.type = t;
      } else obj.type = x.type;
      obj.value = x.value;
    });
    if (src.values.length > objs.length) {
      const extra = src.values[objs.length] as ast.Expr;
      c.error(extra.pos, 'extra init expr');
    }
  } finally {
    c.iota = savedIota;
  }
}

/** Checks a variable spec (or the variables of `:=`-less `var` statements), filling in the objects' types. */
export function checkVarSpec(c: Checker, spec: ast.ValueSpec, objs: VarObj[], context: string): void {
  const t: Type | null = spec.type ? resolveType(c, spec.type) : null;
  if (spec.values.length === 0) {
    for (const o of objs) o.type = t ?? INVALID;
    return;
  }
  const ops = evalRhs(
    c,
    spec.values,
    objs.length,
    objs.map(() => t),
  );
  objs.forEach((o, i) => {
    const x = ops?.[i];
    if (!x) {
      o.type = t ?? INVALID;
      return;
    }
    checkLockCopy(c, x, `variable declaration copies lock value to ${o.name}`);
    if (t) {
      assignTo(c, x, t, context);
      o.type = t;
      return;
    }
    if (x.mode === 'invalid') {
      o.type = INVALID;
      return;
    }
    if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue') {
      assignTo(c, x, INVALID, context);
      o.type = INVALID;
      return;
    }
    if (isUntyped(x.type) && !defaultize(c, x, context)) {
      o.type = INVALID;
      return;
    }
    o.type = x.type;
  });
}

/** Checks a `var` or `const` declaration inside a function; names are in scope after the spec. */
export function checkLocalDecl(c: Checker, d: ast.GenDecl): void {
  for (const spec of d.specs) {
    if (d.tok === 'const') {
      const objs: ConstObj[] = spec.names.map((n) => ({
        kind: 'const',
        id: c.id(),
        name: n.name,
        type: INVALID,
        value: null,
        pos: n.pos,
        used: false,
      }));
      checkConstSpec(c, spec, objs);
      spec.names.forEach((n, i) => c.declare(n, objs[i] as ConstObj));
    } else {
      const objs = spec.names.map((n) => c.newVar(n.name, INVALID, n.pos, 'local'));
      checkVarSpec(c, spec, objs, 'variable declaration');
      spec.names.forEach((n, i) => c.declare(n, objs[i] as VarObj));
    }
  }
}
