import type { WorldView } from '../../src-engine/sim/WorldView';
import { ModelStage } from '../stage/models/ModelStage';
import { applyStageTheme, type ThemeName } from '../stage/palette';
import { Stage } from '../stage/Stage';
import type { RenderableStage, StageFactory } from './stageSource';

/**
 * A historical model's run as an export draws it: the model stage (cores, threads, tasks, queues; no P),
 * offscreen. It draws each state as it is (the model stage has no token motion between events, so the pace
 * is unused), in the export's theme: the palette is shared by every stage in this thread, so it is applied
 * before each drawing, as the comparison export does.
 */
class ModelExportStage implements RenderableStage {
  constructor(
    private readonly stage: ModelStage,
    private readonly title: string,
    private readonly theme: { name: ThemeName; textScale: number },
  ) {}

  get canvas(): HTMLCanvasElement {
    return this.stage.canvas;
  }

  setPace(): void {}

  setView(view: WorldView): void {
    applyStageTheme(this.theme.name, this.theme.textScale);
    this.stage.show(view, this.title);
  }

  renderAt(): void {
    applyStageTheme(this.theme.name, this.theme.textScale);
    this.stage.render();
  }

  destroy(): void {
    this.stage.destroy();
  }
}

/**
 * Export stages, offscreen at the export's size and drawn only by `renderAt`: the real P stage for the Go
 * scheduler, the model stage for a historical model (the same two stages the app shows).
 */
export const offscreenStageFactory: StageFactory = async (o) => {
  if (o.historicalModel !== undefined) {
    applyStageTheme(o.theme, o.textScale);
    const stage = await ModelStage.createOffscreen({
      width: o.width,
      height: o.height,
      resolution: o.resolution,
    });
    return new ModelExportStage(stage, o.historicalModel, { name: o.theme, textScale: o.textScale });
  }
  return Stage.createOffscreen({
    width: o.width,
    height: o.height,
    resolution: o.resolution,
    theme: o.theme,
    textScale: o.textScale,
  });
};
