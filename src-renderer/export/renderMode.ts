import { engineServices } from '../../src-engine/host/services';
import { formatProblem, readScenario } from '../../src-engine/protocol/scenarioFile';
import { prepareCompareExport } from './compare/compareExport';
import { executeExport, prepareExport, type ExportSettings } from './job';
import { frameAt } from './plan';
import { exporterById } from './registry';
import type { StageFactory } from './stageSource';
import { captureStill } from './still';
import type { ExportPhases } from './runExport';
import type { ByteSink } from './types';

/** What `gosched render` asks the page for. */
export interface RenderRequest {
  /** The scenario file's text and name (validated here exactly as the app opens it). */
  readonly text: string;
  readonly fileName: string;
  readonly formatId: string;
  readonly settings: ExportSettings;
  /** For a PNG: the virtual time of the still, ns (absent: where the settings' range starts, e.g. a beat). */
  readonly stillAtNs?: number;
  /** Export the comparison of these models (2–6 ids) side by side instead of the scenario's own model. */
  readonly compare?: readonly string[];
  /** Frames whose virtual time and caption the reply reports (the tests compare them with stills). */
  readonly sampleFrames?: readonly number[];
}

/** What the page answers when the file is complete. */
export interface RenderReply {
  readonly frames: number;
  readonly fps: number;
  readonly vtt: string;
  /** Why the run was cut before the program ended, or null. */
  readonly cut: string | null;
  /** Wall time per phase, ms. */
  readonly phases: ExportPhases;
  readonly samples: readonly { index: number; virtualNs: number; kind: string; caption: string | null }[];
  /** Hold frames (beats and the end) the stage drew, and those with a token away from its place (should be none). */
  readonly holds: {
    readonly frames: number;
    readonly unsettled: readonly { index: number; away: readonly number[] }[];
  };
}

/** Functions the command line exposes to the page (Playwright's `exposeFunction`). */
interface RenderHost {
  __goschedWrite(position: number, base64: string): Promise<void>;
  __goschedProgress(done: number, total: number, elapsedMs: number, etaMs: number): Promise<void>;
}

function toBase64(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The page's render-only mode (`index.html?render`): no UI, only `window.__goschedRender(request)`, which
 * exports the scenario through the same code as the app's dialog and streams the bytes to the command line.
 */
export function installRenderMode(stageFactory: StageFactory): void {
  const host = window as unknown as RenderHost & Record<string, unknown>;
  const sink: ByteSink = {
    name: 'output',
    write: (position, data) => host.__goschedWrite(position, toBase64(data)),
    commit: async () => undefined,
    abort: async () => undefined,
  };
  host['__goschedRender'] = async (req: RenderRequest): Promise<RenderReply> => {
    const read = readScenario(req.text, req.fileName);
    if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
    const sc = read.scenario;
    const scenario = {
      input: {
        title: sc.title,
        program: sc.program,
        settings: sc.settings,
        beats: sc.beats.map((b) => ({
          at: b.at,
          caption: b.caption,
          ...(b.pause ? { pause: b.pause } : {}),
        })),
      },
      description: sc.description ?? '',
    };
    if (req.formatId === 'png') {
      const png = await captureStill(scenario, req.settings, req.stillAtNs, stageFactory);
      await sink.write(0, png);
      return {
        frames: 1,
        fps: 1,
        vtt: '',
        cut: null,
        samples: [],
        phases: { renderMs: 0, composeMs: 0, encodeMs: 0 },
        holds: { frames: 0, unsettled: [] },
      };
    }
    const kind = exporterById(req.formatId);
    if (!kind) throw new Error(`no exporter "${req.formatId}"`);
    const prepared = req.compare
      ? await prepareCompareExport(scenario, req.compare, req.settings)
      : await prepareExport(scenario, req.settings, engineServices.createRun);
    const phases: ExportPhases = { renderMs: 0, composeMs: 0, encodeMs: 0 };
    const holds: { frames: number; unsettled: { index: number; away: readonly number[] }[] } = {
      frames: 0,
      unsettled: [],
    };
    const result = await executeExport(
      prepared,
      kind,
      sink,
      stageFactory,
      new AbortController().signal,
      (p) => void host.__goschedProgress(p.framesDone, p.framesTotal, p.elapsedMs, p.etaMs ?? -1),
      phases,
      (f, source) => {
        if (f.kind !== 'hold') return;
        holds.frames++;
        const away = source.tokensAwayFromPlace?.() ?? [];
        if (away.length > 0) holds.unsettled.push({ index: f.index, away });
      },
    );
    if (result !== 'finished') throw new Error('the render was cancelled');
    const samples = (req.sampleFrames ?? [])
      .filter((k) => k >= 0 && k < prepared.plan.frameCount)
      .map((k) => {
        const f = frameAt(prepared.plan, k);
        return { index: k, virtualNs: f.virtualNs, kind: f.kind, caption: f.caption };
      });
    return {
      frames: prepared.plan.frameCount,
      fps: prepared.plan.fps,
      vtt: prepared.vtt,
      cut: prepared.cut,
      samples,
      phases,
      holds,
    };
  };
  // Decode checks for the tests (mediabunny reads what it wrote): loaded only when asked for.
  host['__goschedVerify'] = async (op: 'inspect' | 'compare' | 'frame', video: string, tS = 0, png = '') => {
    const v = await import('./verify');
    const bytes = fromBase64(video);
    if (op === 'inspect') return v.inspectVideo(bytes);
    const frame = await v.decodedFrame(bytes, tS);
    if (op === 'frame') return toBase64(await v.pixelsToPng(frame));
    return v.diffPixels(frame, await v.pngPixels(fromBase64(png)));
  };
  host['__goschedRenderReady'] = true;
}
