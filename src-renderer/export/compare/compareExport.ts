import { ComparisonRuns, MAX_COMPARED, MIN_COMPARED } from '../../../src-engine/host/compare/ComparisonRuns';
import { PROGRAM_FILE } from '../../../src-engine/host/services';
import { compileSource } from '../../../src-engine/lang/compile';
import { isModelId, MODEL_CATALOG, type ModelId } from '../../../src-engine/sim/models/catalog';
import { applyStageTheme } from '../../stage/palette';
import { captionCues, toWebVtt } from '../captions';
import { frameLayout } from '../frameLayout';
import {
  resolveRange,
  scenarioText,
  type ExportScenario,
  type ExportSettings,
  type PreparedExport,
} from '../job';
import { makePlan } from '../plan';
import { MAX_EXPORT_EVENTS, TimelineError } from '../timeline';
import { ComparisonFrameSource, offscreenPaneFactory, type PaneStageFactory } from './compareSource';

/**
 * Prepares a video of the comparison view: the scenario's program under each of `models` (2–6), all on one
 * virtual clock, their panes side by side, through the same plan, compositor, exporters and sinks as a single
 * run's export. Each model runs to its end first (or to the export's event limit), so the range is known.
 */
export async function prepareCompareExport(
  scenario: ExportScenario,
  models: readonly string[],
  settings: ExportSettings,
  paneFactory: PaneStageFactory = offscreenPaneFactory,
): Promise<PreparedExport> {
  const bad = models.find((m) => !isModelId(m));
  if (bad !== undefined) throw new TimelineError(`there is no scheduler model "${bad}" to compare`);
  if (models.length < MIN_COMPARED || models.length > MAX_COMPARED)
    throw new TimelineError(
      `a comparison video shows ${MIN_COMPARED} to ${MAX_COMPARED} models, not ${models.length}`,
    );
  const { program, settings: run } = scenario.input;
  const compiled = compileSource(
    program,
    PROGRAM_FILE,
    run.cost?.['statementStepNs'] ? { stepNs: run.cost['statementStepNs'] } : {},
  );
  if ('diagnostics' in compiled) {
    const errs = compiled.diagnostics.filter((d) => d.severity === 'error');
    throw new TimelineError(
      `The scenario does not compile, so there is nothing to export:\n${errs.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n')}`,
    );
  }
  const ids = models as readonly ModelId[];
  const runs = new ComparisonRuns(compiled.program, ids, run.cores, run.seed, run.cost);
  // Yield once so a UI waiting on this sees the preparation begin; the runs themselves are plain stepping.
  await new Promise((r) => setTimeout(r, 0));
  const { endNs, cut } = runs.runToEnd(MAX_EXPORT_EVENTS);
  const { fromNs, toNs } = resolveRange(settings.range, { endNs, beats: [] });
  const plan = makePlan({
    fromNs,
    toNs,
    fps: settings.fps,
    pacing: settings.pacing,
    marks: [],
    beatHoldS: 0,
    beatSlowS: 0,
    slowFactor: 4,
    titleS: settings.contents.titleCard ? 3 : 0,
    endHoldS: 2,
  });
  // The program panel follows one run's goroutines: a comparison has several, so the panes take the width.
  const layout = frameLayout(settings.widthPx, settings.heightPx, { ...settings.contents, program: false });
  const names = ids.map((m) => MODEL_CATALOG[m].name);
  return {
    cut: cut
      ? `A model was still running after ${MAX_EXPORT_EVENTS.toLocaleString('en')} events; the export ends there.`
      : null,
    text: { ...scenarioText(scenario), model: `Compared: ${names.join(' · ')}` },
    makeSource: async () => {
      applyStageTheme(settings.theme, settings.textScale);
      return ComparisonFrameSource.create(runs, ids.length, paneFactory, {
        widthPx: layout.stage.w,
        heightPx: layout.stage.h,
        theme: settings.theme,
        textScale: settings.textScale,
      });
    },
    viewAt: () => undefined,
    plan,
    layout,
    settings,
    scenario,
    vtt: toWebVtt(captionCues(plan)),
  };
}
