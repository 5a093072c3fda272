/** SPIKE: the live stage and its player in a worker, on a canvas transferred from the page. */
import { Application, DOMAdapter, WebWorkerAdapter } from 'pixi.js';
import type { ViewUpdate } from '../state/viewFeed';
import { LivePlayer } from './livePlayer';
import { STAGE } from './palette';
import { Stage } from './Stage';
import type { ThemeName } from './palette';

DOMAdapter.set(WebWorkerAdapter);

let stage: Stage | undefined;
let player: LivePlayer | undefined;
const early: ViewUpdate[] = [];
const post = (m: unknown): void => (self as unknown as Worker).postMessage(m);

self.onmessage = async (ev: MessageEvent) => {
  const m = ev.data as
    | { type: 'init'; canvas: OffscreenCanvas; width: number; height: number; resolution: number; theme: ThemeName; textScale: number; renderer: 'canvas' | 'webgl' }
    | { type: 'view'; u: ViewUpdate }
    | { type: 'resize'; width: number; height: number }
    | { type: 'perf'; op: 'reset' };
  if (m.type === 'init') {
    const app = new Application();
    await app.init({
      canvas: m.canvas as unknown as HTMLCanvasElement,
      width: m.width,
      height: m.height,
      resolution: m.resolution,
      autoDensity: false,
      autoStart: false,
      sharedTicker: false,
      background: STAGE.background,
      preference: m.renderer,
      antialias: m.renderer === 'webgl',
    });
    app.ticker.stop();
    stage = Stage.onApp(app, { theme: m.theme, textScale: m.textScale });
    stage.on({ stats: (s) => post({ type: 'stats', stats: s, renders: player?.renders ?? 0 }) });
    player = new LivePlayer(stage);
    post({ type: 'ready', renderer: app.renderer.name });
    for (const u of early.splice(0)) player.show(u);
    return;
  }
  if (m.type === 'view') {
    if (player) player.show(m.u);
    else early.push(m.u);
    return;
  }
  if (m.type === 'resize') {
    // app.renderer.resize is on the stage's app; not reachable in the spike
    return;
  }
  if (m.type === 'perf') stage?.meter.reset();
};
