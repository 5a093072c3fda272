import type { ComparisonRuns } from '../../../src-engine/host/compare/ComparisonRuns';
import type { WorldView } from '../../../src-engine/sim/WorldView';
import { ModelStage } from '../../stage/models/ModelStage';
import { applyStageTheme, STAGE, type ThemeName } from '../../stage/palette';
import type { Rect } from '../frameLayout';
import type { FrameSource } from '../types';
import { paneGrid } from './paneGrid';

/** One comparison pane's stage, as the export draws it (the comparison view's own `ModelStage`, offscreen). */
export interface PaneStage {
  readonly canvas: CanvasImageSource;
  show(view: WorldView, title: string): void;
  render(): void;
  destroy(): void;
}

/** Makes an offscreen pane stage of `width × height` device pixels laid out for `width / resolution` stage pixels. */
export type PaneStageFactory = (o: {
  width: number;
  height: number;
  resolution: number;
}) => Promise<PaneStage>;

/** The comparison view's pane stages, offscreen. */
export const offscreenPaneFactory: PaneStageFactory = (o) => ModelStage.createOffscreen(o);

/** Device pixels per stage pixel of a pane `heightPx` tall: laid out as a pane about 400 px tall on screen. */
export function paneResolution(heightPx: number): number {
  return Math.max(0.5, heightPx / 400);
}

const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

/**
 * A {@link FrameSource} over a comparison: every model's run held at the frame's virtual time (one clock for
 * all, as in the comparison view), each drawn by its own pane stage, side by side in one picture. The export
 * driver (`runExport`) and everything after it are the same as for one run.
 */
export class ComparisonFrameSource implements FrameSource {
  readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;

  private constructor(
    private readonly runs: ComparisonRuns,
    private readonly stages: readonly PaneStage[],
    private readonly cells: readonly Rect[],
    readonly widthPx: number,
    readonly heightPx: number,
    private readonly theme: { readonly name: ThemeName; readonly textScale: number },
  ) {
    this.canvas = new OffscreenCanvas(widthPx, heightPx);
    const ctx = this.canvas.getContext('2d', { alpha: false, willReadFrequently: true });
    if (ctx === null) throw new Error('no 2D canvas context for the comparison frames');
    this.ctx = ctx;
  }

  static async create(
    runs: ComparisonRuns,
    panes: number,
    factory: PaneStageFactory,
    o: { widthPx: number; heightPx: number; theme: ThemeName; textScale: number },
  ): Promise<ComparisonFrameSource> {
    const cells = paneGrid(panes, o.widthPx, o.heightPx);
    const stages: PaneStage[] = [];
    try {
      for (const c of cells)
        stages.push(await factory({ width: c.w, height: c.h, resolution: paneResolution(c.h) }));
    } catch (err) {
      for (const s of stages) s.destroy();
      throw err;
    }
    return new ComparisonFrameSource(runs, stages, cells, o.widthPx, o.heightPx, {
      name: o.theme,
      textScale: o.textScale,
    });
  }

  /** Every model at `virtualNs`, each pane drawn and copied into its cell. The panes have no motion: always settled. */
  async renderAt(virtualNs: number): Promise<void> {
    this.runs.at(virtualNs);
    const panes = this.runs.panes();
    const { ctx } = this;
    // The palette is shared by every stage in this thread: this export's theme, whatever drew before.
    applyStageTheme(this.theme.name, this.theme.textScale);
    ctx.fillStyle = hex(STAGE.background);
    ctx.fillRect(0, 0, this.widthPx, this.heightPx);
    for (let i = 0; i < this.stages.length; i++) {
      const stage = this.stages[i]!;
      const pane = panes[i]!;
      const cell = this.cells[i]!;
      stage.show(pane.view, pane.name);
      stage.render();
      // Read asynchronously: the WebGL work of a pane runs when its pixels are read.
      const bitmap = await createImageBitmap(stage.canvas as ImageBitmapSource);
      ctx.drawImage(bitmap, cell.x, cell.y, cell.w, cell.h);
      bitmap.close();
    }
    // A thin rule between panes, in the theme's border colour.
    ctx.fillStyle = hex(STAGE.border);
    for (const c of this.cells) {
      if (c.x > 0) ctx.fillRect(c.x, c.y, 2, c.h);
      if (c.y > 0) ctx.fillRect(c.x, c.y, c.w, 2);
    }
  }

  dispose(): void {
    for (const s of this.stages) s.destroy();
  }
}
