/**
 * The scenario language back end: compiles a checked program to engine code ({@link GoProgram}) run by an
 * interpreter ({@link Machine}) that implements the engine's `BodyProgram` interface.
 *
 * @packageDocumentation
 */
import type { GoProgram } from '../../sim/body';
import { DEFAULT_COST_MODEL } from '../../sim/costModel';
import type { Diagnostic } from '../diagnostics';
import { parseAndCheck } from '../index';
import type { CheckedProgram } from '../program';
import { compileFunction, compileInit } from './compiler/func';
import { zeroFn } from './compiler/typeInfo';
import { CompileError, Unit } from './compiler/Unit';
import { Machine } from './runtime/Machine';
import type { GoroutineState, RV } from './runtime/types';

export { Machine } from './runtime/Machine';
export type { GoroutineState } from './runtime/types';

/** Options of {@link compileProgram}. */
export interface CompileOptions {
  /** Cost of one statement step, ns: must equal the run's `statementStepNs` (default: the engine default). */
  readonly stepNs?: number;
  /** Accumulated work (ns) after which a long computation yields a `work` op; default 10 µs. */
  readonly flushNs?: number;
}

/** A compiled program: what the engine runs, plus the machine (for statistics such as steps executed). */
export interface CompiledProgram extends GoProgram {
  readonly machine: Machine;
}

/** The result of {@link compileProgram}: a program, or located errors. */
export type CompileResult = { ok: true; program: CompiledProgram } | { ok: false; diagnostics: Diagnostic[] };

function located(file: string, line: number, col: number, message: string): Diagnostic {
  return { file, line, col, message, severity: 'error', phase: 'internal' };
}

/**
 * Compiles a checked program. Never throws: constructs the back end cannot translate, and internal failures,
 * become located diagnostics.
 */
export function compileProgram(checked: CheckedProgram, options: CompileOptions = {}): CompileResult {
  const file = checked.file.name;
  try {
    const stepNs = options.stepNs ?? DEFAULT_COST_MODEL.statementStepNs;
    const flushNs = options.flushNs ?? 10_000;
    const machine = new Machine({ stepNs, flushSteps: Math.max(1, Math.ceil(flushNs / stepNs)) });
    const unit = new Unit(machine, checked);
    const main = checked.main?.info;
    if (!main)
      return {
        ok: false,
        diagnostics: [located(file, 1, 1, 'function main is undeclared in the main package')],
      };
    const initIdx = unit.allocFunc('main.main');
    unit.funcOf(main);
    // Compile functions as they are discovered (literals and callees allocate slots while compiling).
    const done = new Set<number>();
    const compileAll = (): void => {
      for (let p = unit.pending.shift(); p !== undefined; p = unit.pending.shift()) {
        if (!done.has(p.idx)) compileFunction(unit, p.info, p.idx);
        done.add(p.idx);
      }
    };
    compileAll();
    compileInit(unit, initIdx, main);
    compileAll();
    const globalsInit: (() => RV)[] = [];
    for (const v of checked.globals) {
      globalsInit.push(zeroFn(v.type));
    }
    globalsInit.push(...unit.hiddenInit);
    const program: CompiledProgram = {
      main: machine.body(initIdx),
      machine,
      setLineBreaks: (lines) => machine.setLineBreaks(lines),
      // A fresh state for every run: runs mutate their state in place.
      get initialState(): GoroutineState {
        return machine.newGoroutine(
          globalsInit.map((f) => f()),
          { f: initIdx, e: null },
          [],
        );
      },
    };
    return { ok: true, program };
  } catch (err) {
    if (err instanceof CompileError) {
      return { ok: false, diagnostics: [located(file, err.pos.line, err.pos.col, err.message)] };
    }
    return { ok: false, diagnostics: [located(file, 1, 1, `internal compiler error: ${String(err)}`)] };
  }
}

/** The result of {@link compileSource}. */
export type SourceResult = { program: CompiledProgram } | { diagnostics: Diagnostic[] };

/** Parses, checks and compiles a scenario source file. Never throws. */
export function compileSource(
  source: string | Uint8Array,
  fileName = 'main.go',
  options: CompileOptions = {},
): SourceResult {
  const checked = parseAndCheck(source, fileName);
  if (!checked.ok || checked.program === null) return { diagnostics: checked.diagnostics };
  const r = compileProgram(checked.program, options);
  return r.ok ? { program: r.program } : { diagnostics: r.diagnostics };
}
