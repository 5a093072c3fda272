/**
 * `gosched render`: exports a scenario to MP4, WebM or PNG through headless Chromium, running the built web
 * app (`dist-web/`) in its render-only mode, so the file is made by exactly the app's export code. The bytes
 * stream into a temporary file beside OUT, renamed into place when complete and removed on any failure.
 */
import type * as PlaywrightCore from 'playwright-core';
import { createRequire } from 'node:module';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type * as Http from 'node:http';
import type { Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { StreamingFile, writeTextAtomic } from '../../../src-main/export/StreamingFile';
import { compileSource } from '../../lang/compile';
import { formatDiagnostic } from '../../lang/diagnostics';
import { BASE_NS_PER_WALL_SECOND } from '../../protocol/messages';
import type { RenderReply, RenderRequest } from '../../../src-renderer/export/renderMode';
import { InputError, loadScenario } from './load';
import type { RenderCommand } from './renderArgs';
import type { Sink } from './run';

/**
 * The folder of this package: the nearest one above this module that holds a package.json (the sources sit
 * three levels below it, the built CLI in `out/cli/` two).
 */
function packageRoot(): string {
  for (let dir = import.meta.dirname; ;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(import.meta.dirname, '../../..');
    dir = up;
  }
}

/** Where the built web app is: `GOSCHED_WEB_DIST`, else `dist-web/` of this package. */
export function webDist(): string {
  const dir = process.env['GOSCHED_WEB_DIST'] ?? join(packageRoot(), 'dist-web');
  if (!existsSync(join(dir, 'index.html')))
    throw new InputError(`${dir}: the web app is not built; run "npm run build" first`);
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 (also the export benchmark's server) (a secure context for WebCodecs; module scripts need HTTP). */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  // Required here: node:http builds its global agent when loaded, which every other command would pay for (and
  // the script build runs without a dynamic-import loader, so no import()).
  const { createServer } = createRequire(import.meta.url)('node:http') as typeof Http;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port for the render server');
  return { server, url: `http://127.0.0.1:${addr.port}/index.html?render` };
}

/** `[#####-----]  45%  120/300 frames  0:12 elapsed  0:15 left` */
export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  etaMs: number,
  width = 30,
): string {
  const frac = total > 0 ? done / total : 0;
  const n = Math.round(frac * width);
  const t = (ms: number): string => {
    if (ms < 0) return '…';
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  return `[${'#'.repeat(n)}${'-'.repeat(width - n)}] ${String(Math.round(frac * 100)).padStart(3)}%  ${done}/${total} frames  ${t(elapsedMs)} elapsed  ${t(etaMs)} left`;
}

/** The page's request for a parsed command line. */
export function renderRequest(cmd: RenderCommand, text: string, fileName: string): RenderRequest {
  const toPoint = (p: RenderCommand['from']) =>
    p === undefined ? undefined : 'beat' in p ? { beatIndex: p.beat - 1 } : { timeNs: p.timeNs };
  const from = toPoint(cmd.from);
  const to = toPoint(cmd.to);
  return {
    text,
    fileName,
    formatId: cmd.format === 'mp4' ? 'mp4-h264' : cmd.format === 'webm' ? 'webm-vp9' : 'png',
    settings: {
      widthPx: cmd.widthPx,
      heightPx: cmd.heightPx,
      fps: cmd.fps,
      pacing:
        cmd.seconds === undefined
          ? { mode: 'rate', nsPerVideoSecond: BASE_NS_PER_WALL_SECOND }
          : { mode: 'fit', seconds: cmd.seconds },
      beatHoldS: 3,
      beatSlowS: 1,
      range: { kind: 'points', ...(from ? { from } : {}), ...(to ? { to } : {}) },
      contents: { program: false, captions: true, titleCard: cmd.format !== 'png' },
      theme: cmd.theme,
      textScale: 1,
    },
    ...(cmd.format === 'png' && cmd.from !== undefined && 'timeNs' in cmd.from
      ? { stillAtNs: cmd.from.timeNs }
      : {}),
  };
}

/** Runs `gosched render`; returns the exit status. */
export async function renderScenario(cmd: RenderCommand, sink: Sink, isTty: boolean): Promise<number> {
  const sc = loadScenario(cmd.file);
  const compiled = compileSource(sc.program, sc.name);
  if ('diagnostics' in compiled) {
    for (const d of compiled.diagnostics) sink.stderr(formatDiagnostic(d) + '\n');
    if (compiled.diagnostics.some((d) => d.severity === 'error')) return 1;
  }
  const text = readFileSync(cmd.file, 'utf8');
  const dist = webDist();
  const made = await StreamingFile.create(resolve(cmd.out));
  if (!made.ok) throw new InputError(made.error);
  const file = made.file;
  // Required at run time from node_modules (a runtime dependency, never bundled), and only here: the
  // command line's script build (cli.cjs) would otherwise require it at start.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof PlaywrightCore;
  const { resolveChromium, RENDER_CHROMIUM_ARGS } = await import('./chromium');
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: RENDER_CHROMIUM_ARGS });
  let writeError: string | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.exposeFunction('__goschedWrite', async (position: number, base64: string) => {
      const r = await file.write(position, Buffer.from(base64, 'base64'));
      if (!r.ok) {
        writeError = r.error;
        throw new Error(r.error);
      }
    });
    await page.exposeFunction(
      '__goschedProgress',
      (done: number, total: number, elapsed: number, eta: number) => {
        if (isTty) process.stderr.write(`\r${progressLine(done, total, elapsed, eta)}`);
      },
    );
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __goschedRenderReady?: boolean }).__goschedRenderReady,
    );
    const req = renderRequest(cmd, text, sc.name);
    const reply = await page.evaluate(
      (r) =>
        (
          window as unknown as { __goschedRender: (x: RenderRequest) => Promise<RenderReply> }
        ).__goschedRender(r),
      req,
    );
    if (isTty) process.stderr.write('\n');
    const committed = await file.commit();
    if (!committed.ok) throw new InputError(committed.error);
    if (cmd.format !== 'png' && reply.vtt.includes('-->')) {
      const vtt = await writeTextAtomic(resolve(cmd.out).replace(/\.[^./\\]+$/, '.vtt'), reply.vtt);
      if (!vtt.ok) throw new InputError(vtt.error);
    }
    if (reply.cut) sink.stderr(`gosched: warning: ${reply.cut}\n`);
    sink.stdout(
      cmd.format === 'png'
        ? `${cmd.out}: ${cmd.widthPx}×${cmd.heightPx} PNG\n`
        : `${cmd.out}: ${reply.frames} frames, ${(reply.frames / reply.fps).toFixed(2)} s at ${reply.fps} fps, ${cmd.widthPx}×${cmd.heightPx}\n`,
    );
    return 0;
  } catch (err) {
    await file.abort();
    if (isTty) process.stderr.write('\n');
    if (err instanceof InputError) throw err;
    const msg = writeError ?? (err instanceof Error ? err.message : String(err));
    // Playwright wraps the page's error: keep the page's own words.
    throw new InputError(
      `${cmd.file}: ${msg.replace(/^page\.evaluate: (\w*Error: )?/, '').split('\n    at ')[0]}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
