import { Stage } from '../stage/Stage';
import type { StageFactory } from './stageSource';

/** Export stages: the real stage, offscreen at the export's size, drawn only by `renderAt`. */
export const offscreenStageFactory: StageFactory = (o) =>
  Stage.createOffscreen({
    width: o.width,
    height: o.height,
    resolution: o.resolution,
    theme: o.theme,
    textScale: o.textScale,
  });
