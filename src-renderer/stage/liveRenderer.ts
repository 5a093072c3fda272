import type { AutoDetectOptions } from 'pixi.js';
import { softwareWebGl } from './softwareGl';

/** Which Pixi renderer a live stage draws with. */
export type LiveRenderer = 'canvas' | 'webgl';

/**
 * Picks the live stages' renderer. `requested` (the `?renderer=` URL parameter) wins when it names one, so that
 * either path stays testable on any machine. Otherwise: WebGL when the page has a real GPU; Pixi's Canvas 2D
 * renderer when WebGL is rasterised in software (SwiftShader: every GPU-less machine or VM). There the main
 * thread waited, in the frame's own task, for SwiftShader to rasterise the frame and for the compositor to read
 * it back (26–39 ms of raster CPU a frame at 100 000 goroutines, and a 150–270 ms task under load), while
 * Canvas 2D draws this flat scene directly with nothing to read back (export measured ~7 ms against ~114 ms for a
 * 1080p frame).
 */
export function chooseLiveRenderer(
  requested: string | null,
  software: () => boolean = softwareWebGl,
): LiveRenderer {
  if (requested === 'canvas' || requested === 'webgl') return requested;
  return software() ? 'canvas' : 'webgl';
}

/** {@link chooseLiveRenderer} for this page (its `?renderer=` parameter and its WebGL). */
export function liveRenderer(): LiveRenderer {
  return chooseLiveRenderer(new URLSearchParams(location.search).get('renderer'));
}

/**
 * Pixi `init` options of a live stage for `renderer`: multisampling only on a GPU (nearly free there; in
 * software WebGL it multiplied every pixel's cost, and Canvas 2D antialiases its paths itself).
 */
export function liveRendererOptions(renderer: LiveRenderer): Partial<AutoDetectOptions> {
  return renderer === 'webgl'
    ? { preference: 'webgl', antialias: !softwareWebGl() }
    : { preference: 'canvas', antialias: true };
}

/** Publishes what a live stage really draws with on its host (`data-renderer`), for debugging and tests. */
export function markRenderer(host: HTMLElement, rendererName: string): void {
  host.dataset['renderer'] = rendererName;
}

/**
 * On a Canvas 2D renderer, draws images (the glyph atlas pages of every label) with the browser's high-quality
 * downscaling: a label's glyphs come from an atlas drawn at a larger size, and Canvas 2D's default filter
 * sampled them into jagged, uneven strokes where WebGL's mipmaps gave smooth text. Set before each render,
 * since resizing the canvas resets its context's state. Nothing to do on WebGL.
 */
export function smoothCanvasImages(renderer: {
  name: string;
  runners: { prerender: { add(item: { prerender(): void }): unknown } };
}): void {
  if (renderer.name !== 'canvas') return;
  const context = (renderer as unknown as { canvasContext: { rootContext: CanvasRenderingContext2D } })
    .canvasContext;
  renderer.runners.prerender.add({
    prerender: () => {
      context.rootContext.imageSmoothingEnabled = true;
      context.rootContext.imageSmoothingQuality = 'high';
    },
  });
}
