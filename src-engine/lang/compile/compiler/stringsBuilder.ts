/**
 * `strings.Builder` (strings/builder.go) and the write side of `bytes.Buffer` (bytes/buffer.go): a box created
 * on first use holding the bytes written (a byte string). `fmt.Fprint*` write into either as into any io.Writer.
 * CPU steps, never a park.
 */
import type * as ast from '../../ast';
import { allocString } from '../runtime/memory';
import { encodeRune } from '../runtime/strings';
import { CONT, type E, type Frame, GoPanic, NIL_DEREF, type RV, type SliceVal } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { CompileError } from './Unit';

/** A builder's box: `[bytes written]`. */
export type BuilderBox = [string];

/** Appends `text` to the builder box `box` (the run's string limit applies, as to any string). */
export function builderWrite(box: BuilderBox, text: string): void {
  box[0] = allocString(box[0] + text);
}

function bytesOf(s: SliceVal | null): string {
  if (s === null) return '';
  let out = '';
  for (let i = 0; i < s.l; i++) out += String.fromCharCode(s.a[s.o + i] as number);
  return out;
}

/**
 * Emits a method call of `type` (`strings.Builder` or `bytes.Buffer`) on the box `h`; results go to `dst` (and
 * `dst+1`; -1: discarded).
 */
export function emitBuilderMethod(
  b: Builder,
  call: ast.CallExpr,
  type: 'strings.Builder' | 'bytes.Buffer',
  name: string,
  h: E,
  dst: number,
): void {
  const a0 = call.args[0] === undefined ? (): RV => undefined : compileExpr(b, call.args[0]);
  const box = (f: Frame): BuilderBox => {
    const x = h(f) as BuilderBox | 0 | null;
    if (!x) throw new GoPanic(NIL_DEREF);
    return x;
  };
  // Results: the value, and for the Write methods a nil error after the count.
  let run: (f: Frame) => RV;
  let nres = 1;
  const write = (f: Frame, text: string): number => {
    builderWrite(box(f), text);
    return text.length;
  };
  switch (name) {
    case 'WriteString':
      run = (f) => write(f, a0(f) as string);
      nres = 2;
      break;
    case 'WriteRune':
      run = (f) => write(f, encodeRune(a0(f) as number));
      nres = 2;
      break;
    case 'Write':
      run = (f) => write(f, bytesOf(a0(f) as SliceVal | null));
      nres = 2;
      break;
    case 'WriteByte':
      // Its only result is the error (always nil).
      run = (f) => void write(f, String.fromCharCode(a0(f) as number));
      break;
    case 'String':
      run = (f) => box(f)[0];
      break;
    case 'Len':
      run = (f) => box(f)[0].length;
      break;
    case 'Reset':
      run = (f) => void (box(f)[0] = '');
      break;
    case 'Grow':
      run = (f) => {
        if ((a0(f) as number) < 0) throw new GoPanic(`${type}.Grow: negative count`);
        box(f);
        return undefined;
      };
      break;
    default:
      throw new CompileError(call.pos, `${type}.${name} is not supported in scenarios`);
  }
  const errNil = name === 'WriteByte';
  b.emit((_g, f) => {
    const v = run(f);
    if (dst >= 0) {
      if (errNil) f.r[dst] = null;
      else f.r[dst] = v;
      if (nres === 2) f.r[dst + 1] = null;
    }
    return CONT;
  });
}
