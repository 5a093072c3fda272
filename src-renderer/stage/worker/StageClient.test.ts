import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorldView } from '../../../src-engine/sim/WorldView';
import type { FromStageWorker, ToStageWorker } from './protocol';
import { StageClient, type StageWorkerPort } from './StageClient';

/** A page element and canvas with what the client touches: `dataset`, children, listeners. */
class FakeElement {
  readonly dataset: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  readonly listeners = new Map<string, (e: unknown) => void>();
  clientWidth = 800;
  clientHeight = 600;
  removed = false;
  appendChild(): void {}
  setAttribute(): void {}
  remove(): void {
    this.removed = true;
  }
  addEventListener(type: string, fn: (e: unknown) => void): void {
    this.listeners.set(type, fn);
  }
  getBoundingClientRect() {
    return { left: 0, top: 0 };
  }
  transferControlToOffscreen() {
    return { offscreen: true };
  }
  fire(type: string, e: object = {}): void {
    this.listeners.get(type)?.(e);
  }
}

class FakeWorker implements StageWorkerPort {
  readonly sent: { m: ToStageWorker; transfer: Transferable[] }[] = [];
  onmessage: ((ev: MessageEvent<FromStageWorker>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(m: ToStageWorker, transfer: Transferable[] = []): void {
    this.sent.push({ m, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(m: FromStageWorker): void {
    this.onmessage?.({ data: m } as MessageEvent<FromStageWorker>);
  }
  types(): string[] {
    return this.sent.map((s) => s.m.type);
  }
}

describe('StageClient', () => {
  let canvas: FakeElement;
  beforeEach(() => {
    canvas = new FakeElement();
    vi.stubGlobal('document', { createElement: () => canvas });
    vi.stubGlobal('window', { devicePixelRatio: 2, addEventListener: () => undefined });
    vi.stubGlobal('location', { search: '' });
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
        disconnect(): void {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const make = () => {
    const host = new FakeElement();
    const worker = new FakeWorker();
    const client = new StageClient(host as unknown as HTMLElement, { theme: 'dark', textScale: 1 }, worker);
    return { host, worker, client };
  };

  it('hands the worker the canvas (transferred) with its size, then the states and settings it is given', () => {
    const { worker, client } = make();
    const init = worker.sent[0]!;
    expect(init.m).toMatchObject({ type: 'init', width: 800, height: 600, resolution: 2, theme: 'dark' });
    expect(init.transfer).toEqual([{ offscreen: true }]);
    const view = { t: 5 } as WorldView;
    client.show({ view, snap: true, events: [], playheadNs: 5, playing: false, speed: 1 });
    client.select(7);
    client.setTheme('projector', 1.5);
    client.fit();
    expect(worker.types()).toEqual(['init', 'view', 'select', 'theme', 'transform']);
    expect(client.view).toBe(view);
  });

  it('sets what the worker drew on the page element, and passes hovers, selections and stats on', () => {
    const { host, worker, client } = make();
    const heard: string[] = [];
    client.on({
      hover: (g, at) => heard.push(`hover ${g?.id} ${at?.x}`),
      select: (g, byPage) => heard.push(`select ${g?.id} ${byPage}`),
      stats: (s) => heard.push(`stats ${s.tokens}`),
    });
    worker.reply({ type: 'ready', renderer: 'canvas' });
    worker.reply({ type: 'data', key: 'psDrawn', value: '4' });
    const g = { id: 3, status: '_Grunning' as const, loc: 'running(P0)', order: 1 };
    worker.reply({ type: 'hover', g, at: { x: 10, y: 20 } });
    worker.reply({ type: 'select', g, byPage: false });
    worker.reply({
      type: 'stats',
      stats: { psDrawn: 4, tokens: 2, tokensOnPs: 1, zones: 0, goroutines: 2, shown: 2, stw: '' },
    });
    expect(host.dataset).toMatchObject({ renderer: 'canvas', psDrawn: '4' });
    expect(heard).toEqual(['hover 3 10', 'select 3 false', 'stats 2']);
  });

  it('answers each query with its own reply, and every pending one when it is destroyed', async () => {
    const { worker, client } = make();
    const renders = client.query<number>({ what: 'renders' });
    const at = client.query({ what: 'screenPositionOf', id: 1 });
    const seqs = worker.sent.filter((s) => s.m.type === 'query').map((s) => (s.m as { seq: number }).seq);
    worker.reply({ type: 'reply', seq: seqs[0]!, value: 12 });
    expect(await renders).toBe(12);
    client.destroy();
    expect(await at).toBeUndefined();
    expect(worker.terminated).toBe(true);
    expect(canvas.removed).toBe(true);
  });

  it('sends a click as a tap, but not the click that ends a drag (a pan)', () => {
    const { worker } = make();
    canvas.fire('pointerdown', { clientX: 10, clientY: 10 });
    canvas.fire('click', { clientX: 11, clientY: 10, offsetX: 11, offsetY: 10 });
    canvas.fire('pointerdown', { clientX: 10, clientY: 10 });
    canvas.fire('click', { clientX: 60, clientY: 10, offsetX: 60, offsetY: 10 });
    canvas.fire('pointermove', { offsetX: 5, offsetY: 6 });
    canvas.fire('pointerleave');
    const pointers = worker.sent.filter((s) => s.m.type === 'pointer').map((s) => s.m);
    expect(pointers).toEqual([
      { type: 'pointer', kind: 'tap', x: 11, y: 10 },
      { type: 'pointer', kind: 'move', x: 5, y: 6 },
      { type: 'pointer', kind: 'leave', x: 0, y: 0 },
    ]);
  });

  it("reports the worker's failure to start", () => {
    const { worker, client } = make();
    const failures: string[] = [];
    client.on({ failed: (m) => failures.push(m) });
    worker.reply({ type: 'failed', message: 'no canvas' });
    worker.onerror?.({ message: 'script error', preventDefault: () => undefined } as ErrorEvent);
    expect(failures).toEqual(['no canvas', 'script error']);
  });
});
