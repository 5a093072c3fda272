/** The Pixi applications a {@link Stage} draws with: live in a page element, or offscreen at a fixed size. */
import { Application } from 'pixi.js';
import { warmStageGlyphs } from './glyphs';
import { installStageGpuLimits } from './gpuSetup';
import { liveRenderer, liveRendererOptions, markRenderer } from './liveRenderer';
import { STAGE } from './palette';
import type { OffscreenStageOptions, StageOptions } from './stageTypes';

/**
 * An application in `host`, its canvas appended to it, on the renderer this machine draws best with. Sized to the
 * host now (the live stage resizes itself as its host does), or, with `followHost`, resized by Pixi with it
 * (the comparison view's panes).
 */
export async function liveApp(
  host: HTMLElement,
  options: StageOptions & { readonly followHost?: boolean } = {},
): Promise<Application> {
  if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
  installStageGpuLimits();
  const app = new Application();
  await app.init({
    background: STAGE.background,
    ...(options.followHost
      ? { resizeTo: host }
      : { width: Math.max(1, host.clientWidth), height: Math.max(1, host.clientHeight) }),
    autoDensity: true,
    autoStart: false,
    sharedTicker: false,
    resolution: Math.min(2, window.devicePixelRatio || 1),
    // Canvas 2D when WebGL is software, WebGL on a GPU (see liveRenderer).
    ...liveRendererOptions(liveRenderer()),
  });
  app.ticker.stop();
  app.canvas.setAttribute('aria-hidden', 'true');
  markRenderer(host, app.renderer.name);
  host.appendChild(app.canvas);
  warmStageGlyphs();
  return app;
}

/** A fixed-size application whose canvas is in no document (video frames, stills, tests). */
export async function offscreenApp(options: OffscreenStageOptions): Promise<Application> {
  const resolution = options.resolution ?? 1;
  installStageGpuLimits();
  const app = new Application();
  await app.init({
    background: STAGE.background,
    width: Math.round(options.width / resolution),
    height: Math.round(options.height / resolution),
    resolution,
    autoDensity: false,
    antialias: true,
    autoStart: false,
    sharedTicker: false,
    preserveDrawingBuffer: true,
    preference: options.renderer ?? 'canvas',
  });
  app.ticker.stop();
  return app;
}
