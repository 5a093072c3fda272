/**
 * The stage worker: a live {@link Stage} and its {@link LivePlayer} on a canvas the page transferred here, so
 * that laying out, drawing and rasterising a crowded stage (8–20 ms a frame at 100 000 goroutines on Canvas 2D)
 * happen off the UI thread. Pixi draws through its WebWorkerAdapter, as the export worker's stages do.
 */
import { Application, DOMAdapter, WebWorkerAdapter } from 'pixi.js';
import { LivePlayer } from '../livePlayer';
import { liveRendererOptions } from '../liveRenderer';
import { STAGE } from '../palette';
import { Stage } from '../Stage';
import type { FromStageWorker, StageQuery, ToStageWorker } from './protocol';

DOMAdapter.set(WebWorkerAdapter);

const post = (m: FromStageWorker): void => (self as unknown as Worker).postMessage(m);

let stage: Stage | undefined;
let player: LivePlayer | undefined;
/** Messages that came while the stage was starting, played in order once it has. */
let waiting: ToStageWorker[] | undefined = [];

self.onmessage = (ev: MessageEvent<ToStageWorker>) => {
  const m = ev.data;
  if (m.type === 'init') {
    start(m).catch((err: unknown) =>
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return;
  }
  if (waiting) waiting.push(m);
  else handle(m);
};

async function start(m: Extract<ToStageWorker, { type: 'init' }>): Promise<void> {
  if (m.failForTest) throw new Error('failing on purpose (?stageWorkerFails)');
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
    ...liveRendererOptions(m.renderer),
  });
  app.ticker.stop();
  const s = Stage.onApp(app, {
    theme: m.theme,
    textScale: m.textScale,
    reducedMotion: m.reducedMotion,
    surface: { set: (key, value) => post({ type: 'data', key, value }) },
  });
  s.on({
    hover: (g) => post({ type: 'hover', g, ...(g ? { at: s.screenPositionOf(g.id) } : {}) }),
    select: (g) => post({ type: 'select', g, byPage: selectingForPage }),
    stats: (stats) => {
      post({ type: 'stats', stats });
      // Stats are first published by the first render: the page's first-frame figure.
      if (!firstFramePosted) post({ type: 'firstFrame' });
      firstFramePosted = true;
    },
  });
  stage = s;
  player = new LivePlayer(s);
  post({ type: 'ready', renderer: app.renderer.name });
  const early = waiting ?? [];
  waiting = undefined;
  for (const e of early) handle(e);
}

let firstFramePosted = false;
/** True while the page's own selection is applied: its echo says so, so the page does not take it as a new one. */
let selectingForPage = false;

function handle(m: ToStageWorker): void {
  const s = stage!;
  switch (m.type) {
    case 'view':
      player!.show(m.update);
      return;
    case 'resize':
      s.resize(m.width, m.height);
      return;
    case 'theme':
      s.setTheme(m.theme, m.textScale);
      return;
    case 'select':
      selectingForPage = true;
      s.select(m.id);
      selectingForPage = false;
      return;
    case 'transform':
      s.setViewTransform(m.transform);
      return;
    case 'pointer':
      s.pointer(m.kind, m.x, m.y);
      return;
    case 'resetMeter':
      s.meter.reset();
      return;
    case 'query':
      post({ type: 'reply', seq: m.seq, value: answer(s, m.query) });
      return;
    case 'init':
      return;
  }
}

function answer(s: Stage, q: StageQuery): unknown {
  switch (q.what) {
    case 'renders':
      return player?.renders ?? 0;
    case 'labelSizes':
      return s.labelSizes();
    case 'screenPositionOf':
      return s.screenPositionOf(q.id);
    case 'percentile':
      return s.meter.percentile(q.p);
    case 'renderPercentile':
      return s.meter.renderPercentile(q.p);
    case 'frames':
      return s.meter.frames;
  }
}
