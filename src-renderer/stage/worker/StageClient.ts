/**
 * The page's side of a live stage that runs in a worker (`stageWorker.ts`): it makes the canvas, hands it to the
 * worker, and sends the worker the engine's states, the size, the theme, the selection, the zoom and the
 * pointer. What the stage drew comes back as its element's `data-*` attributes and as hover, selection and
 * statistics callbacks, so the panel around it works as with a stage drawn in the page.
 */
import type { GView, WorldView } from '../../../src-engine/sim/WorldView';
import type { ViewUpdate } from '../../state/viewFeed';
import { liveRenderer, markRenderer } from '../liveRenderer';
import type { ThemeName } from '../palette';
import type { StageStats } from '../stageTypes';
import { IDENTITY, type ViewTransform } from '../viewport';
import { attachZoomPan } from '../zoomPan';
import type { FromStageWorker, StageQuery, ToStageWorker } from './protocol';

/** What the panel hears from a stage in a worker. */
export interface StageClientListeners {
  /** The pointer is over `g`'s token at `at` (CSS px on the stage), or over none. */
  hover(g: GView | null, at: { x: number; y: number } | undefined): void;
  /** The selection is now `g`; `byPage`: the echo of {@link StageClient.select}, not a person's tap. */
  select(g: GView | null, byPage: boolean): void;
  stats(s: StageStats): void;
  /** The worker could not start the stage. */
  failed(message: string): void;
}

/** The worker as the client uses it (a test passes a fake). */
export interface StageWorkerPort {
  postMessage(m: ToStageWorker, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<FromStageWorker>) => void) | null;
  /** The worker's script failed (it could not load, or threw outside a message). */
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Moves between pointer down and click beyond which the click was a drag (a pan), not a tap, CSS px. */
const TAP_SLOP_PX = 4;

export class StageClient {
  /** True where a canvas can be handed to a worker (Chromium and Electron can). */
  static supported(): boolean {
    return (
      typeof Worker !== 'undefined' &&
      typeof HTMLCanvasElement !== 'undefined' &&
      typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function'
    );
  }

  private readonly canvas: HTMLCanvasElement;
  private readonly resizeObserver: ResizeObserver;
  private transform: ViewTransform = IDENTITY;
  private listeners: Partial<StageClientListeners> = {};
  private last: WorldView | undefined;
  private seq = 0;
  private readonly replies = new Map<number, (value: unknown) => void>();
  /** Page time of the stage's first frame, ms (the bench's first-frame figure). */
  firstFrameMs: number | undefined;

  constructor(
    private readonly host: HTMLElement,
    options: { readonly theme: ThemeName; readonly textScale: number },
    private readonly worker: StageWorkerPort = new Worker(new URL('./stageWorker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as StageWorkerPort,
  ) {
    const canvas = (this.canvas = document.createElement('canvas'));
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    host.appendChild(canvas);
    const resolution = Math.min(2, window.devicePixelRatio || 1);
    const width = Math.max(1, host.clientWidth);
    const height = Math.max(1, host.clientHeight);
    worker.onmessage = (ev) => this.receive(ev.data);
    worker.onerror = (ev) => {
      ev.preventDefault();
      this.listeners.failed?.(ev.message || 'the stage worker stopped');
    };
    const offscreen = canvas.transferControlToOffscreen();
    this.post(
      {
        type: 'init',
        canvas: offscreen,
        width,
        height,
        resolution,
        renderer: liveRenderer(),
        theme: options.theme,
        textScale: options.textScale,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        // Test hook: `?stageWorkerFails` has the worker fail to start (the page then draws the stage itself).
        failForTest: new URLSearchParams(location.search).has('stageWorkerFails'),
      },
      [offscreen],
    );
    this.resizeObserver = new ResizeObserver(() =>
      this.post({ type: 'resize', width: host.clientWidth, height: host.clientHeight }),
    );
    this.resizeObserver.observe(host);
    attachZoomPan(
      canvas,
      () => this.transform,
      (t) => {
        this.transform = t;
        this.post({ type: 'transform', transform: t });
      },
    );
    this.attachPointer();
  }

  on(listeners: Partial<StageClientListeners>): void {
    this.listeners = { ...this.listeners, ...listeners };
  }

  /** A new engine state (from `session.views`). */
  show(update: ViewUpdate): void {
    this.last = update.view;
    this.post({ type: 'view', update });
  }

  /** The view last sent to the stage. */
  get view(): WorldView | undefined {
    return this.last;
  }

  select(id: number | null): void {
    this.post({ type: 'select', id });
  }

  setTheme(theme: ThemeName, textScale: number): void {
    this.post({ type: 'theme', theme, textScale });
  }

  /** Back to the whole stage at 100 %. */
  fit(): void {
    this.transform = IDENTITY;
    this.post({ type: 'transform', transform: IDENTITY });
  }

  resetMeter(): void {
    this.post({ type: 'resetMeter' });
  }

  /** Asks the worker (the test and bench hooks). */
  query<T>(query: StageQuery): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve) => {
      this.replies.set(seq, resolve as (value: unknown) => void);
      this.post({ type: 'query', seq, query });
    });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.worker.terminate();
    this.canvas.remove();
    for (const resolve of this.replies.values()) resolve(undefined);
    this.replies.clear();
  }

  private post(m: ToStageWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(m, transfer);
  }

  private receive(m: FromStageWorker): void {
    switch (m.type) {
      case 'ready':
        markRenderer(this.host, m.renderer);
        return;
      case 'failed':
        this.listeners.failed?.(m.message);
        return;
      case 'data':
        this.host.dataset[m.key] = m.value;
        return;
      case 'stats':
        this.listeners.stats?.(m.stats);
        return;
      case 'hover':
        this.listeners.hover?.(m.g, m.at);
        return;
      case 'select':
        this.listeners.select?.(m.g, m.byPage);
        return;
      case 'firstFrame':
        this.firstFrameMs ??= performance.now();
        return;
      case 'reply': {
        const resolve = this.replies.get(m.seq);
        this.replies.delete(m.seq);
        resolve?.(m.value);
        return;
      }
    }
  }

  /** Hover, tap and leave on the canvas, in CSS px on it (a drag that pans is not a tap). */
  private attachPointer(): void {
    const c = this.canvas;
    let down: { x: number; y: number } | undefined;
    c.addEventListener('pointermove', (e) =>
      this.post({ type: 'pointer', kind: 'move', x: e.offsetX, y: e.offsetY }),
    );
    c.addEventListener('pointerleave', () => this.post({ type: 'pointer', kind: 'leave', x: 0, y: 0 }));
    c.addEventListener('pointerdown', (e) => (down = { x: e.clientX, y: e.clientY }));
    c.addEventListener('click', (e) => {
      const moved = down ? Math.hypot(e.clientX - down.x, e.clientY - down.y) : 0;
      down = undefined;
      if (moved <= TAP_SLOP_PX) this.post({ type: 'pointer', kind: 'tap', x: e.offsetX, y: e.offsetY });
    });
  }
}
