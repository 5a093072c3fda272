import { engineServices } from '../../src-engine/host/services';
import { Compositor } from './compose';
import { paceAt, PlanFeeder, stillReplay } from './frameFeed';
import { frameLayout } from './frameLayout';
import {
  historicalModelName,
  prepareExport,
  resolveRange,
  scenarioText,
  type ExportScenario,
  type ExportSettings,
} from './job';
import { MOVE_MS } from '../stage/Token';
import { canvasToPng } from './pngExporter';
import { StageFrameSource, type StageFactory } from './stageSource';

/**
 * A PNG of the moment `tNs` (undefined: the start of the settings' range) of `scenario`, as a video exported with `settings` shows it (size, contents, theme,
 * the caption of the latest beat reached): the moment of a beat or of the run's end is settled, as the video's
 * hold shows it (every token at its place), and any other moment replays the video's frames just before it, so
 * a token mid-move is where the video frame of that moment has it (see {@link stillReplay}).
 */
export async function captureStill(
  scenario: ExportScenario,
  settings: ExportSettings,
  tNs: number | undefined,
  stageFactory: StageFactory,
): Promise<Uint8Array> {
  // The whole run's plan: a still of any moment, whatever range the dialog has.
  const prepared = await prepareExport(
    scenario,
    { ...settings, range: { kind: 'all' } },
    engineServices.createRun,
  );
  const { timeline, plan } = prepared;
  // No moment given (`gosched render x.png --from BEAT`): where the settings' range starts.
  const at = tNs ?? resolveRange(settings.range, timeline).fromNs;
  const t = Math.max(0, Math.min(at, timeline.endNs));
  const layout = frameLayout(settings.widthPx, settings.heightPx, { ...settings.contents, titleCard: false });
  const replay = stillReplay(plan, t, MOVE_MS);
  const source = await StageFrameSource.create(stageFactory, timeline, {
    widthPx: layout.stage.w,
    heightPx: layout.stage.h,
    theme: settings.theme,
    textScale: settings.textScale,
    nsPerVideoMs: paceAt(plan, t),
    historicalModel: historicalModelName(scenario),
  });
  try {
    const feeder = new PlanFeeder(source);
    for (const f of replay.frames) feeder.advance(f);
    await feeder.drawMoment(t, replay.settle);
    const compositor = new Compositor(layout, scenarioText(scenario), {
      name: settings.theme,
      textScale: settings.textScale,
    });
    const marks = timeline.marks().filter((m) => m.tNs <= t && (!m.isEnd || t >= timeline.endNs));
    compositor.draw(source.canvas, {
      kind: 'move',
      caption: settings.contents.captions ? (marks.at(-1)?.caption ?? null) : null,
      view: timeline.viewAt(t),
    });
    return await canvasToPng(compositor.canvas);
  } finally {
    source.dispose();
  }
}
