import { hiddenByLine } from '../../src-engine/sim/view/trimView';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { applyStageTheme, G_COLORS, STAGE, type ThemeName } from '../stage/palette';
import type { FrameLayout, Rect } from './frameLayout';
import { wrapText } from './textFit';

/** A 2D canvas of either kind. */
export type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;
type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What one output frame shows besides the stage picture. */
export interface FrameInfo {
  readonly kind: 'title' | 'move' | 'hold';
  readonly caption: string | null;
  /** The state drawn (for the program panel's markers); undefined before the run is known. */
  readonly view: WorldView | undefined;
}

/** The scenario's words a frame can show. */
export interface ScenarioText {
  readonly title: string;
  readonly description: string;
  readonly program: string;
  /** The scheduler model the run shows, by name (`Go 1.22–1.24 (M:P:N)`, `N:1 (…)`): on the title card and every frame. */
  readonly model?: string;
}

/** The program panel's state for one frame (see `Compositor.programRows`). */
interface ProgramRows {
  readonly first: number;
  readonly fit: number;
  readonly byLine: ReadonlyMap<number, readonly GView[]>;
  /** Goroutines at a line that a trimmed view left out (counted in the line's "+n"). */
  readonly hidden: ReadonlyMap<number, number>;
  readonly key: string;
}

const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const MONO = 'ui-monospace, "DejaVu Sans Mono", monospace';

/**
 * Draws output frames: the stage picture in its rectangle, the caption band, the program panel and the title
 * card, in the stage theme's colours ({@link STAGE}, set before exporting). Draws only from its arguments:
 * the same arguments give the same pixels.
 */
export class Compositor {
  readonly canvas: AnyCanvas;
  private readonly ctx: Ctx;
  private readonly lines: readonly string[];

  constructor(
    readonly layout: FrameLayout,
    private readonly text: ScenarioText,
    private readonly theme: { readonly name: ThemeName; readonly textScale: number },
    canvas?: AnyCanvas,
  ) {
    this.canvas = canvas ?? new OffscreenCanvas(layout.widthPx, layout.heightPx);
    this.canvas.width = layout.widthPx;
    this.canvas.height = layout.heightPx;
    // A CPU-backed canvas: without a GPU, an accelerated one runs every draw through SwiftShader (~0.5 s a frame).
    const ctx = this.canvas.getContext('2d', { alpha: false, willReadFrequently: true }) as Ctx | null;
    if (ctx === null) throw new Error('no 2D canvas context for the export frames');
    this.ctx = ctx;
    this.lines = text.program.split('\n');
  }

  /**
   * What the canvas shows besides the stage picture (the title card, or the caption and the program panel's
   * state): layers that did not change since the last frame are not drawn again. Undefined: nothing drawn yet.
   */
  private shown: { kind: 'title' } | { kind: 'frame'; caption: string | null; program: string } | undefined;

  /**
   * Draws one frame from the stage picture `stage` (already drawn at the stage rectangle's size) and returns
   * whether the canvas changed. Only what changed is drawn again: the stage picture when `stageChanged` (false:
   * `stage` holds the picture it held at the previous call), the caption band when the caption did, the program
   * panel when a goroutine changed lines; the pixels are the same as a full redraw's.
   */
  draw(stage: CanvasImageSource, info: FrameInfo, stageChanged = true): boolean {
    const { ctx, layout } = this;
    // The palette is shared with the live stage, which may have drawn in its own theme since.
    applyStageTheme(this.theme.name, this.theme.textScale);
    const was = this.shown;
    if (info.kind === 'title') {
      if (was?.kind === 'title') return false;
      this.shown = { kind: 'title' };
      this.fillBackground();
      this.drawTitle();
      return true;
    }
    const rows = layout.program ? this.programRows(layout.program, info.view) : undefined;
    const program = rows?.key ?? '';
    const full = was?.kind !== 'frame' || was.caption !== info.caption;
    this.shown = { kind: 'frame', caption: info.caption, program };
    if (full) {
      this.fillBackground();
      if (layout.captionBand) this.drawCaption(layout.captionBand, info.caption);
    }
    const programChanged = full || (was?.kind === 'frame' && was.program !== program);
    if (layout.program && rows && programChanged) this.drawProgram(layout.program, rows);
    if (full || stageChanged) {
      const s = layout.stage;
      ctx.drawImage(stage, s.x, s.y, s.w, s.h);
    }
    return full || stageChanged || programChanged;
  }

  private fillBackground(): void {
    this.ctx.fillStyle = hex(STAGE.background);
    this.ctx.fillRect(0, 0, this.layout.widthPx, this.layout.heightPx);
  }

  private drawTitle(): void {
    const { ctx, layout } = this;
    const h = layout.heightPx;
    const w = layout.widthPx;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = hex(STAGE.text);
    const titlePx = Math.round(h * 0.07);
    ctx.font = `600 ${titlePx}px ${FONT}`;
    const title = wrapText(ctx, this.text.title || 'GoSched Studio', w * 0.8, 2);
    let y = h * 0.4 - ((title.length - 1) * titlePx * 1.2) / 2;
    for (const line of title) {
      ctx.fillText(line, w / 2, y);
      y += titlePx * 1.2;
    }
    if (this.text.model) {
      const modelPx = Math.round(h * 0.04);
      ctx.font = `500 ${modelPx}px ${FONT}`;
      ctx.fillStyle = hex(STAGE.borderActive);
      y += modelPx * 0.4;
      for (const line of wrapText(ctx, `Scheduler model: ${this.text.model}`, w * 0.8, 2)) {
        ctx.fillText(line, w / 2, y);
        y += modelPx * 1.25;
      }
    }
    const descPx = Math.round(h * 0.032);
    ctx.font = `${descPx}px ${FONT}`;
    ctx.fillStyle = hex(STAGE.muted);
    y += descPx;
    for (const line of wrapText(ctx, this.text.description, w * 0.7, 5)) {
      ctx.fillText(line, w / 2, y);
      y += descPx * 1.35;
    }
    ctx.textAlign = 'left';
  }

  private drawCaption(band: Rect, caption: string | null): void {
    const { ctx, layout } = this;
    ctx.fillStyle = hex(STAGE.card === STAGE.background ? 0x111111 : STAGE.card);
    ctx.fillRect(band.x, band.y, band.w, band.h);
    ctx.fillStyle = hex(STAGE.borderActive);
    ctx.fillRect(band.x, band.y, band.w, Math.max(2, Math.round(layout.heightPx / 360)));
    if (this.text.model) {
      // Which scheduler this is, on every frame: a clip from the middle of a lecture still says it.
      const px = Math.round(layout.heightPx * 0.018);
      ctx.font = `500 ${px}px ${FONT}`;
      ctx.fillStyle = hex(STAGE.muted);
      ctx.textBaseline = 'top';
      ctx.fillText(this.text.model, band.x + px * 0.6, band.y + px * 0.5);
      ctx.textBaseline = 'alphabetic';
    }
    if (caption === null) return;
    // Two lines at full size; a longer caption gets smaller text (down to 70 %), then is cut with "…".
    const pad = Math.round(band.h * 0.12);
    let px = layout.captionFontPx;
    let lines: string[] = [];
    for (const scale of [1, 0.85, 0.7]) {
      px = Math.round(layout.captionFontPx * scale);
      ctx.font = `500 ${px}px ${FONT}`;
      const maxLines = Math.max(1, Math.floor((band.h - pad) / (px * 1.25)));
      lines = wrapText(ctx, caption, band.w - 2 * pad, maxLines);
      if (!lines.at(-1)?.endsWith('…')) break;
    }
    ctx.fillStyle = hex(STAGE.text);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const mid = band.y + band.h / 2;
    lines.forEach((line, i) =>
      ctx.fillText(line, band.x + band.w / 2, mid + (i - (lines.length - 1) / 2) * px * 1.25),
    );
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
  }

  /**
   * The program panel's state for `view`: the first line shown and the goroutines on each line (`key` is equal
   * for two views exactly when the panel's pixels are).
   */
  private programRows(r: Rect, view: WorldView | undefined): ProgramRows {
    const lh = Math.round(this.layout.codeFontPx * 1.4);
    const fit = Math.max(1, Math.floor((r.h - lh) / lh));
    const byLine = new Map<number, GView[]>();
    for (const g of view?.gs ?? [])
      if (g.line !== undefined && g.status !== '_Gdead')
        byLine.set(g.line, [...(byLine.get(g.line) ?? []), g]);
    const hidden = hiddenByLine(view);
    // Scroll so the first line a goroutine is on shows, with a few lines of context above it.
    const active = [...new Set([...byLine.keys(), ...hidden.keys()])].sort((a, b) => a - b);
    const first = Math.max(0, Math.min((active[0] ?? 1) - 4, this.lines.length - fit));
    let key = `${first}`;
    for (const n of active)
      if (n > first && n <= first + fit)
        key += `|${n}:${(byLine.get(n) ?? []).map((g) => `${g.id}${g.status}`).join(',')}+${hidden.get(n) ?? 0}`;
    return { first, fit, byLine, hidden, key };
  }

  private drawProgram(r: Rect, rows: ProgramRows): void {
    const { ctx, layout } = this;
    const { first, fit, byLine, hidden } = rows;
    ctx.fillStyle = hex(STAGE.card === STAGE.background ? 0x0a0a0a : STAGE.cardIdle);
    ctx.fillRect(r.x, r.y, r.w, r.h);
    const px = layout.codeFontPx;
    const lh = Math.round(px * 1.4);
    ctx.font = `${px}px ${MONO}`;
    ctx.textBaseline = 'middle';
    const gutter = ctx.measureText('000 ').width;
    const tagW = Math.min(r.w * 0.35, ctx.measureText('G00 G00 +00').width);
    for (let i = 0; i < fit && first + i < this.lines.length; i++) {
      const n = first + i + 1;
      const y = r.y + lh * (i + 1);
      const more = hidden.get(n) ?? 0;
      const gs = byLine.get(n) ?? (more > 0 ? [] : undefined);
      if (gs) {
        ctx.fillStyle = hex(STAGE.borderActive);
        ctx.globalAlpha = 0.18;
        ctx.fillRect(r.x, y - lh / 2, r.w, lh);
        ctx.globalAlpha = 1;
      }
      ctx.fillStyle = hex(STAGE.muted);
      ctx.fillText(String(n).padStart(3), r.x + px * 0.5, y);
      ctx.fillStyle = hex(STAGE.text);
      const code = this.lines[first + i]!.replace(/\t/g, '  ');
      ctx.save();
      ctx.beginPath();
      ctx.rect(r.x, y - lh / 2, r.w - (gs ? tagW : 0) - px, lh);
      ctx.clip();
      ctx.fillText(code, r.x + px * 0.5 + gutter, y);
      ctx.restore();
      if (gs) this.drawTags(gs, more, r.x + r.w - tagW - px * 0.5, y, tagW);
    }
    ctx.textBaseline = 'alphabetic';
  }

  /** `G3 G7 +4` at the right of a line, each G in its status colour; `hidden` more are counted in the "+n". */
  private drawTags(gs: readonly GView[], hidden: number, x: number, y: number, maxW: number): void {
    const { ctx } = this;
    let at = x;
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i]!;
      const label = `G${g.id}`;
      const w = ctx.measureText(`${label} `).width;
      if (at + w > x + maxW) {
        ctx.fillStyle = hex(STAGE.muted);
        ctx.fillText(`+${gs.length - i + hidden}`, at, y);
        return;
      }
      ctx.fillStyle = hex(G_COLORS[g.status]);
      ctx.fillText(label, at, y);
      at += w;
    }
    if (hidden > 0) {
      ctx.fillStyle = hex(STAGE.muted);
      ctx.fillText(`+${hidden}`, at, y);
    }
  }
}
