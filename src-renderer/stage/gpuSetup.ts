import { extensions, ExtensionType, GlLimitsSystem } from 'pixi.js';

/**
 * Most textures one Pixi batch may sample from. Pixi sizes its batch shader by the GPU's texture units (32 in
 * SwiftShader), and the fragment shader picks the texture through an `if … else if` chain of that length. A GPU
 * runs only the branch taken; a software rasteriser (SwiftShader, the only WebGL a machine without a GPU has)
 * evaluates every branch for every pixel, so 32 branches doubled the time to rasterise the stage (measured: an
 * 8-card scene at 1000×600 went from 29 to 13 ms a frame at 1 texture). The stage uses few textures (Pixi's
 * white texture for shapes and a few glyph pages), so 4 costs at most a few more draw calls.
 */
export const MAX_BATCH_TEXTURES = 4;

/** Pixi's WebGL limits with {@link MAX_BATCH_TEXTURES} as the batch size (registered as the `limits` system). */
class StageGlLimitsSystem extends GlLimitsSystem {
  static override extension = { type: [ExtensionType.WebGLSystem], name: 'limits' } as const;

  override contextChange(): void {
    super.contextChange();
    this.maxBatchableTextures = Math.min(this.maxBatchableTextures, MAX_BATCH_TEXTURES);
  }
}

let installed = false;

/**
 * Makes every WebGL renderer created from now on use {@link StageGlLimitsSystem} (idempotent). Pixi keeps the
 * first system registered under a name, so this works whether or not its WebGL renderer module is loaded yet.
 */
export function installStageGpuLimits(): void {
  if (installed) return;
  installed = true;
  extensions.remove(GlLimitsSystem);
  extensions.add(StageGlLimitsSystem);
}
