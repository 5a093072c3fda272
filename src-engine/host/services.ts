import { parseAndCheck } from '../lang';
import { compileSource } from '../lang/compile';
import type { Diagnostic as LangDiagnostic } from '../lang/diagnostics';
import type { Diagnostic, ScenarioInput } from '../protocol';
import { EngineLimitError, SettingsError, type CostModel } from '../sim';
import { createModelRun, ModelSettingsError } from '../sim/models/registry';
import type { EngineServices } from './EngineHost';

/** File name diagnostics carry: scenarios are one Go file, as `go build` would name it. */
export const PROGRAM_FILE = 'main.go';

function toProtocol(d: LangDiagnostic): Diagnostic {
  return {
    file: d.file,
    line: d.line,
    col: d.col,
    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(d.endCol !== undefined ? { endCol: d.endCol } : {}),
    severity: d.severity,
    message: d.message,
  };
}

/** Checks a program with the scenario language's front end (parser and type checker). */
export function checkProgram(program: string): Diagnostic[] {
  return parseAndCheck(program, PROGRAM_FILE).diagnostics.map(toProtocol);
}

/**
 * Compiles the scenario's Go program and starts a run of its scheduler model (the registry, `go` by
 * default) with its settings. A
 * program that does not compile, or settings the engine cannot honour (a limit, a bad cost), come back as
 * located diagnostics before anything runs.
 */
export function createRun(scenario: ScenarioInput): ReturnType<EngineServices['createRun']> {
  const { cores, seed, gomaxprocs, cost, model, modelSettings } = scenario.settings;
  const compiled = compileSource(
    scenario.program,
    PROGRAM_FILE,
    cost?.['statementStepNs'] ? { stepNs: cost['statementStepNs'] } : {},
  );
  if ('diagnostics' in compiled) return { diagnostics: compiled.diagnostics.map(toProtocol) };
  try {
    return createModelRun(model ?? 'go', compiled.program, {
      cores,
      ...(gomaxprocs !== undefined ? { gomaxprocs } : {}),
      seed,
      ...(cost ? { cost: cost as Partial<CostModel> } : {}),
      ...(modelSettings ? { modelSettings } : {}),
    });
  } catch (err) {
    if (err instanceof ModelSettingsError) {
      const where = err.setting === undefined ? 'settings.model' : `settings.modelSettings.${err.setting}`;
      return {
        diagnostics: [{ file: where, line: 1, col: 1, severity: 'error', message: err.message }],
      };
    }
    if (err instanceof EngineLimitError || err instanceof SettingsError) {
      return {
        diagnostics: [{ file: 'settings', line: 1, col: 1, severity: 'error', message: err.message }],
      };
    }
    throw err;
  }
}

/** What the engine host serves: the Go scheduler running compiled scenarios, and program checks. */
export const engineServices: EngineServices = { createRun, checkProgram };
