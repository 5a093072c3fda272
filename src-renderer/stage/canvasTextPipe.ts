/**
 * A fix for Pixi's Canvas 2D renderer (8.22), which the offscreen (export) stages draw with. There a BitmapText
 * is laid out again (new text, fill or size) only when its render group's instruction set is rebuilt, because
 * `CanvasGraphicsPipe.validateRenderable` always answers false: a label changed between two renders with nothing
 * added or removed kept its old glyphs, so the picture of a moment depended on how often the stage had been drawn
 * before it (`renderSeam.spec.ts`). This pipe asks for the rebuild whenever a text changed. Imported for its
 * effect, before any renderer is made; the WebGL renderer is not concerned.
 */
import { CanvasBitmapTextPipe, extensions, type BitmapText } from 'pixi.js';

class FreshCanvasBitmapTextPipe extends CanvasBitmapTextPipe {
  override validateRenderable(text: BitmapText): boolean {
    const changed = (text as unknown as { _didTextUpdate: boolean })._didTextUpdate;
    return changed || super.validateRenderable(text);
  }
}

extensions.remove(CanvasBitmapTextPipe);
extensions.add(FreshCanvasBitmapTextPipe);
