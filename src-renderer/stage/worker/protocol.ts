/**
 * Messages between the page and the stage worker (`stageWorker.ts`): the live stage and its player run in the
 * worker, drawing on a canvas the page transferred to it, so that drawing and rasterising a crowded stage
 * never hold the UI thread. The page sends the engine's states, the size, the theme, the selection, the zoom and
 * the pointer; the worker sends what it drew (`data-*` attributes), hovers and selections, and answers queries.
 */
import type { GView } from '../../../src-engine/sim/WorldView';
import type { ViewUpdate } from '../../state/viewFeed';
import type { LiveRenderer } from '../liveRenderer';
import type { ThemeName } from '../palette';
import type { StageStats } from '../stageTypes';
import type { ViewTransform } from '../viewport';

/** What the page can ask the worker to measure or read (the test and bench hooks). */
export type StageQuery =
  | { readonly what: 'renders' }
  | { readonly what: 'labelSizes' }
  | { readonly what: 'screenPositionOf'; readonly id: number }
  | { readonly what: 'percentile'; readonly p: number }
  | { readonly what: 'renderPercentile'; readonly p: number }
  | { readonly what: 'frames' };

export type ToStageWorker =
  | {
      readonly type: 'init';
      readonly canvas: OffscreenCanvas;
      /** CSS px. */
      readonly width: number;
      readonly height: number;
      /** Device px per CSS px. */
      readonly resolution: number;
      readonly renderer: LiveRenderer;
      readonly theme: ThemeName;
      readonly textScale: number;
      readonly reducedMotion: boolean;
      /** Fail to start (a test of the page's fallback). */
      readonly failForTest?: boolean;
    }
  | { readonly type: 'view'; readonly update: ViewUpdate }
  | { readonly type: 'resize'; readonly width: number; readonly height: number }
  | { readonly type: 'theme'; readonly theme: ThemeName; readonly textScale: number }
  | { readonly type: 'select'; readonly id: number | null }
  | { readonly type: 'transform'; readonly transform: ViewTransform }
  | {
      readonly type: 'pointer';
      readonly kind: 'move' | 'tap' | 'leave';
      readonly x: number;
      readonly y: number;
    }
  | { readonly type: 'resetMeter' }
  | { readonly type: 'query'; readonly seq: number; readonly query: StageQuery };

export type FromStageWorker =
  | { readonly type: 'ready'; readonly renderer: string }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'data'; readonly key: string; readonly value: string }
  | { readonly type: 'stats'; readonly stats: StageStats }
  | { readonly type: 'hover'; readonly g: GView | null; readonly at?: { x: number; y: number } }
  /** `byPage`: the echo of the page's own `select` (not a person's tap on the stage). */
  | { readonly type: 'select'; readonly g: GView | null; readonly byPage: boolean }
  | { readonly type: 'firstFrame' }
  | { readonly type: 'reply'; readonly seq: number; readonly value: unknown };
