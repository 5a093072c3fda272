import { engineServices } from '../../src-engine/host/services';
import { BASE_NS_PER_WALL_SECOND } from '../../src-engine/protocol/messages';
import { Compositor } from './compose';
import { frameLayout } from './frameLayout';
import type { ExportScenario, ExportSettings } from './job';
import { MOVE_MS } from '../stage/Token';
import { canvasToPng } from './pngExporter';
import { StageFrameSource, type StageFactory } from './stageSource';
import { ExportTimeline } from './timeline';

/** How far before a still's moment the stage starts, in moves: tokens in flight then are where a video shows them. */
const WARM_UP_MOVES = 2;

/**
 * A PNG of the moment `tNs` of `scenario`, as an export with `settings` draws it (size, contents, theme, the
 * caption of the latest beat reached). Motion is warmed up from a little earlier, so a token mid-move is
 * where a video frame of the same moment shows it.
 */
export async function captureStill(
  scenario: ExportScenario,
  settings: ExportSettings,
  tNs: number,
  stageFactory: StageFactory,
): Promise<Uint8Array> {
  const timeline = await ExportTimeline.create(scenario.input, engineServices.createRun);
  const t = Math.max(0, Math.min(tNs, timeline.endNs));
  const layout = frameLayout(settings.widthPx, settings.heightPx, { ...settings.contents, titleCard: false });
  const nsPerVideoMs =
    settings.pacing.mode === 'rate'
      ? settings.pacing.nsPerVideoSecond / 1000
      : BASE_NS_PER_WALL_SECOND / 1000;
  const source = await StageFrameSource.create(stageFactory, timeline, {
    widthPx: layout.stage.w,
    heightPx: layout.stage.h,
    theme: settings.theme,
    textScale: settings.textScale,
    nsPerVideoMs,
  });
  try {
    const moveNs = MOVE_MS * nsPerVideoMs;
    await source.renderAt(Math.max(0, t - WARM_UP_MOVES * moveNs));
    await source.renderAt(t);
    const compositor = new Compositor(
      layout,
      { title: scenario.input.title, description: scenario.description, program: scenario.input.program },
      { name: settings.theme, textScale: settings.textScale },
    );
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
