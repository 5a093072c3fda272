/**
 * The builder language's statements and their interpreter: statements compile to a flat instruction list run
 * by one shared {@link BodyProgram}. State is `{pc, v, as, okAs, idxAs, line}`: plain data.
 */
import type { BodyProgram, Op, ResumeInput, Value } from '../body';

/** Variables of a builder body (plain data). */
export type Vars = Record<string, Value>;
/** An op, or a function of the variables making it. */
export type OpSource = Op | ((v: Vars) => Op);

/** A statement of the builder language. */
export type Stmt =
  | {
      readonly k: 'op';
      readonly op: OpSource;
      readonly as?: string;
      readonly okAs?: string;
      readonly idxAs?: string;
      readonly line?: number;
    }
  | { readonly k: 'do'; readonly f: (v: Vars) => void }
  | {
      readonly k: 'loop';
      readonly times: number | ((v: Vars) => number);
      readonly idx: string;
      readonly body: readonly Stmt[];
    }
  | { readonly k: 'while'; readonly cond: (v: Vars) => boolean; readonly body: readonly Stmt[] }
  | {
      readonly k: 'if';
      readonly cond: (v: Vars) => boolean;
      readonly then: readonly Stmt[];
      readonly else?: readonly Stmt[];
    };

/**
 * One instruction. A single class (every field on every instruction) keeps the interpreter's loads
 * monomorphic; loops get their own kinds so their counters are not updated through closures.
 */
class Instr {
  /** Jump target (JMP, JZ, LOOP_TEST). */
  to = -1;
  op: OpSource | null = null;
  as: string | null = null;
  okAs: string | null = null;
  idxAs: string | null = null;
  line: number | undefined = undefined;
  f: ((v: Vars) => void) | null = null;
  cond: ((v: Vars) => boolean) | null = null;
  /** Loop counter and limit variable names (LOOP_*). */
  idx = '';
  limit = '';
  times: number | ((v: Vars) => number) = 0;
  constructor(readonly k: number) {}
}

const OP = 0;
const DO = 1;
const JMP = 2;
const JZ = 3;
/** `v[idx] = 0; v[limit] = times` */
const LOOP_INIT = 4;
/** Jumps to `to` unless `v[idx] < v[limit]`. */
const LOOP_TEST = 5;
/** `v[idx]++` */
const LOOP_INC = 6;

/** Builder body state. */
export interface BuilderState {
  pc: number;
  v: Vars;
  as: string | null;
  okAs: string | null;
  idxAs: string | null;
  line: number;
}

const MAX_INLINE_STEPS = 1_000_000;

function instr(k: number, to = -1): Instr {
  const i = new Instr(k);
  i.to = to;
  return i;
}

function compile(stmts: readonly Stmt[], out: Instr[]): void {
  for (const s of stmts) {
    switch (s.k) {
      case 'op': {
        const i = instr(OP);
        i.op = s.op;
        i.as = s.as ?? null;
        i.okAs = s.okAs ?? null;
        i.idxAs = s.idxAs ?? null;
        i.line = s.line;
        out.push(i);
        break;
      }
      case 'do': {
        const i = instr(DO);
        i.f = s.f;
        out.push(i);
        break;
      }
      case 'if': {
        const jz = instr(JZ);
        jz.cond = s.cond;
        out.push(jz);
        compile(s.then, out);
        if (s.else) {
          const j = instr(JMP);
          out.push(j);
          jz.to = out.length;
          compile(s.else, out);
          j.to = out.length;
        } else jz.to = out.length;
        break;
      }
      case 'while': {
        const top = out.length;
        const jz = instr(JZ);
        jz.cond = s.cond;
        out.push(jz);
        compile(s.body, out);
        out.push(instr(JMP, top));
        jz.to = out.length;
        break;
      }
      case 'loop': {
        const init = instr(LOOP_INIT);
        init.idx = s.idx;
        init.limit = `${s.idx}$n`;
        init.times = s.times;
        out.push(init);
        const top = out.length;
        const test = instr(LOOP_TEST);
        test.idx = init.idx;
        test.limit = init.limit;
        out.push(test);
        compile(s.body, out);
        const inc = instr(LOOP_INC);
        inc.idx = init.idx;
        out.push(inc, instr(JMP, top));
        test.to = out.length;
        break;
      }
    }
  }
}

const EXIT: Op = { op: 'exit' };

/** Builds a shared body from statements. */
export function body(name: string, stmts: readonly Stmt[]): BodyProgram<BuilderState> {
  const code: Instr[] = [];
  compile(stmts, code);
  return {
    name,
    resume(st: BuilderState, input: Readonly<ResumeInput>): Op {
      const v = st.v;
      if (st.as !== null) v[st.as] = input.value;
      if (st.okAs !== null) v[st.okAs] = input.ok;
      if (st.idxAs !== null) v[st.idxAs] = input.index;
      st.as = null;
      st.okAs = null;
      st.idxAs = null;
      let pc = st.pc;
      for (let steps = 0; steps < MAX_INLINE_STEPS; steps++) {
        if (pc >= code.length) {
          st.pc = pc;
          return EXIT;
        }
        const ins = code[pc] as Instr;
        pc++;
        switch (ins.k) {
          case OP: {
            st.pc = pc;
            st.as = ins.as;
            st.okAs = ins.okAs;
            st.idxAs = ins.idxAs;
            st.line = ins.line ?? pc;
            const o = ins.op as OpSource;
            return typeof o === 'function' ? o(v) : o;
          }
          case DO:
            (ins.f as (v: Vars) => void)(v);
            break;
          case JMP:
            pc = ins.to;
            break;
          case JZ:
            if (!(ins.cond as (v: Vars) => boolean)(v)) pc = ins.to;
            break;
          case LOOP_INIT: {
            const t = ins.times;
            v[ins.idx] = 0;
            v[ins.limit] = typeof t === 'number' ? t : t(v);
            break;
          }
          case LOOP_TEST:
            if (!((v[ins.idx] as number) < (v[ins.limit] as number))) pc = ins.to;
            break;
          case LOOP_INC:
            v[ins.idx] = (v[ins.idx] as number) + 1;
            break;
        }
      }
      st.pc = pc;
      throw new Error(`body ${name}: more than ${MAX_INLINE_STEPS} steps without an op`);
    },
    line: (st) => (st.line > 0 ? st.line : undefined),
  };
}

/** Initial state for a builder body. */
export function initState(v: Record<string, Value | undefined> = {}): BuilderState {
  const vars: Vars = {};
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (x !== undefined) vars[k] = x;
  }
  return { pc: 0, v: vars, as: null, okAs: null, idxAs: null, line: 0 };
}

/** A program for `createGoRun`. */
export function program(
  main: readonly Stmt[],
  vars: Vars = {},
): { main: BodyProgram; initialState: unknown } {
  return { main: body('main.main', main) as BodyProgram, initialState: initState(vars) };
}
