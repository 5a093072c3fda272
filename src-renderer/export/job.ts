import type { ScenarioInput } from '../../src-engine/protocol';
import { BASE_NS_PER_WALL_SECOND } from '../../src-engine/protocol/messages';
import type { RunFactory } from '../../src-engine/host/EngineHost';
import type { ThemeName } from '../stage/palette';
import { captionCues, toWebVtt } from './captions';
import { Compositor, type ScenarioText } from './compose';
import { DEFAULT_MODEL, MODEL_CATALOG, type ModelInfo } from '../../src-engine/sim/models/catalog';
import { frameLayout, type FrameContents, type FrameLayout } from './frameLayout';
import { makePlan, PlanError, type FramePlan, type Pacing } from './plan';
import { runExport, type ExportJob, type ExportPhases, type ExportProgress } from './runExport';
import { StageFrameSource, type StageFactory } from './stageSource';
import { ExportTimeline } from './timeline';
import type { ByteSink, ExporterKind, FrameSource } from './types';
import type { WorldView } from '../../src-engine/sim/WorldView';

/** Which part of the run is exported. */
export type ExportRange =
  | { readonly kind: 'all' }
  /** From beat `from` to beat `to` (0-based indices into the scenario's beats; `to` undefined: the end). */
  | { readonly kind: 'beats'; readonly from: number; readonly to: number | undefined }
  /** A span of virtual time (the timeline's selection). */
  | { readonly kind: 'span'; readonly fromNs: number; readonly toNs: number | undefined }
  /** `gosched render --from/--to`: each end a beat (0-based index) or a virtual time; absent: the run's start or end. */
  | { readonly kind: 'points'; readonly from?: RunPoint; readonly to?: RunPoint };

/** A point of the run: a beat (0-based index into the scenario's beats) or a virtual time, ns. */
export type RunPoint = { readonly beatIndex: number } | { readonly timeNs: number };

/** Everything the export dialog (or `gosched render`) decides. */
export interface ExportSettings {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly fps: number;
  readonly pacing: Pacing;
  readonly beatHoldS: number;
  readonly beatSlowS: number;
  readonly range: ExportRange;
  readonly contents: FrameContents;
  readonly theme: ThemeName;
  readonly textScale: number;
}

/** Sensible defaults: 1080p30, speed 1× (10 µs of Go per second), projector theme, captions and title card. */
export const DEFAULT_EXPORT: ExportSettings = {
  widthPx: 1920,
  heightPx: 1080,
  fps: 30,
  pacing: { mode: 'rate', nsPerVideoSecond: BASE_NS_PER_WALL_SECOND },
  beatHoldS: 3,
  beatSlowS: 1,
  range: { kind: 'all' },
  contents: { program: false, captions: true, titleCard: true },
  theme: 'projector',
  textScale: 1,
};

/** The export resolutions offered. */
export const RESOLUTIONS = [
  { widthPx: 1280, heightPx: 720, label: '720p (1280×720)' },
  { widthPx: 1920, heightPx: 1080, label: '1080p (1920×1080)' },
  { widthPx: 2560, heightPx: 1440, label: '1440p (2560×1440)' },
  { widthPx: 3840, heightPx: 2160, label: '4K (3840×2160)' },
] as const;
export const FRAME_RATES = [24, 30, 60] as const;

/** The scenario's words for the title card. */
export interface ExportScenario {
  readonly input: ScenarioInput;
  readonly description: string;
}

/** What the frames say of `scenario`: its title, description, program and scheduler model by name. */
export function scenarioText(scenario: ExportScenario): ScenarioText {
  const id = scenario.input.settings.model ?? DEFAULT_MODEL;
  return {
    title: scenario.input.title,
    description: scenario.description,
    program: scenario.input.program,
    model: (MODEL_CATALOG as Record<string, ModelInfo | undefined>)[id]?.name ?? id,
  };
}

/** The scheduler model's name when `scenario` runs under a historical model (no P), else undefined. */
export function historicalModelName(scenario: ExportScenario): string | undefined {
  const id = scenario.input.settings.model ?? DEFAULT_MODEL;
  return id === DEFAULT_MODEL ? undefined : scenarioText(scenario).model;
}

/** An export ready to run: the run is known, the plan and layout made. */
export interface PreparedExport {
  /** The private run (a single scenario's export; absent for a comparison). */
  readonly timeline?: ExportTimeline;
  /** Why the run was cut before the program ended, or null. */
  readonly cut: string | null;
  /** What the frames say (title card, the model's name). */
  readonly text: ScenarioText;
  /** Makes the pictures the frames show: the stage over the run, or the comparison's panes side by side. */
  readonly makeSource: (stageFactory: StageFactory) => Promise<FrameSource>;
  /** The state at a virtual time, for the program panel (undefined: no panel data). */
  readonly viewAt: (virtualNs: number) => WorldView | undefined;
  readonly plan: FramePlan;
  readonly layout: FrameLayout;
  readonly settings: ExportSettings;
  readonly scenario: ExportScenario;
  /** The captions as a WebVTT file (empty of cues when the scenario has no beats). */
  readonly vtt: string;
}

/** A prepared export of one scenario's run. */
export type PreparedRun = PreparedExport & { readonly timeline: ExportTimeline };

/** The virtual-time range of `range` in `timeline`; throws {@link PlanError} for a range that does not exist. */
export function resolveRange(
  range: ExportRange,
  timeline: Pick<ExportTimeline, 'endNs' | 'beats'>,
): { fromNs: number; toNs: number } {
  const end = timeline.endNs;
  switch (range.kind) {
    case 'all':
      return { fromNs: 0, toNs: end };
    case 'span':
      return { fromNs: range.fromNs, toNs: Math.min(end, range.toNs ?? end) };
    case 'beats': {
      const r = { kind: 'points', from: { beatIndex: range.from } } as const;
      return resolveRange(range.to === undefined ? r : { ...r, to: { beatIndex: range.to } }, timeline);
    }
    case 'points': {
      const at = (p: RunPoint | undefined, dflt: number): number => {
        if (p === undefined) return dflt;
        if ('timeNs' in p) return Math.min(p.timeNs, end);
        const b = timeline.beats.find((x) => x.index === p.beatIndex);
        if (b === undefined) throw new PlanError(`beat ${p.beatIndex + 1} is never reached in this run`);
        return b.tNs;
      };
      return { fromNs: at(range.from, 0), toNs: at(range.to, end) };
    }
  }
}

/** Runs the scenario privately and plans the frames; throws for a scenario that does not compile or a bad range. */
export async function prepareExport(
  scenario: ExportScenario,
  settings: ExportSettings,
  createRun: RunFactory,
  signal?: AbortSignal,
): Promise<PreparedRun> {
  const timeline = await ExportTimeline.create(scenario.input, createRun, signal);
  const { fromNs, toNs } = resolveRange(settings.range, timeline);
  const plan = makePlan({
    fromNs,
    toNs,
    fps: settings.fps,
    pacing: settings.pacing,
    marks: settings.contents.captions ? timeline.marks() : timeline.marks().filter((m) => m.isEnd),
    beatHoldS: settings.beatHoldS,
    beatSlowS: settings.beatSlowS,
    slowFactor: 4,
    titleS: settings.contents.titleCard ? 3 : 0,
    endHoldS: timeline.exit && timeline.exit.code !== 0 ? 4 : 1,
  });
  const layout = frameLayout(settings.widthPx, settings.heightPx, settings.contents);
  return {
    timeline,
    cut: timeline.cut,
    text: scenarioText(scenario),
    makeSource: (stageFactory) =>
      StageFrameSource.create(stageFactory, timeline, {
        widthPx: layout.stage.w,
        heightPx: layout.stage.h,
        theme: settings.theme,
        textScale: settings.textScale,
        nsPerVideoMs: BASE_NS_PER_WALL_SECOND / 1000,
        historicalModel: historicalModelName(scenario),
      }),
    viewAt: (t) => timeline.viewAt(t),
    plan,
    layout,
    settings,
    scenario,
    vtt: toWebVtt(captionCues(plan)),
  };
}

/** Runs a prepared export into `sink` with exporter `kind`; resolves with how it ended. */
export async function executeExport(
  prepared: PreparedExport,
  kind: ExporterKind,
  sink: ByteSink,
  stageFactory: StageFactory,
  signal: AbortSignal,
  onProgress?: (p: ExportProgress) => void,
  phases?: ExportPhases,
  onFrame?: ExportJob['onFrame'],
): Promise<'finished' | 'canceled'> {
  const { settings, layout, plan, scenario } = prepared;
  const reason = await kind.unsupportedReason(settings.widthPx, settings.heightPx, settings.fps);
  if (reason !== null) {
    await sink.abort();
    throw new Error(`${kind.label} cannot be made here: ${reason}`);
  }
  let source: FrameSource | undefined;
  try {
    source = await prepared.makeSource(stageFactory);
    const compositor = new Compositor(layout, prepared.text, {
      name: settings.theme,
      textScale: settings.textScale,
    });
    const exporter = kind.create(sink, {
      widthPx: settings.widthPx,
      heightPx: settings.heightPx,
      fps: plan.fps,
      frameCount: plan.frameCount,
      title: scenario.input.title,
    });
    return await runExport({
      plan,
      source,
      compositor,
      exporter,
      viewAt: prepared.viewAt,
      signal,
      ...(onProgress ? { onProgress } : {}),
      ...(phases ? { phases } : {}),
      ...(onFrame ? { onFrame } : {}),
    });
  } catch (err) {
    await sink.abort().catch(() => undefined);
    throw err;
  } finally {
    source?.dispose();
  }
}
