import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../src-engine/host/cli/chromium';
import { serve, webDist } from '../src-engine/host/cli/render';

const [w, h, secs] = process.argv.slice(2).map(Number);
const { server, url } = await serve(webDist());
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('crash', () => console.log('PAGE CRASHED'));
page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
let bytes = 0;
await page.exposeFunction('__goschedWrite', (_p: number, b: string) => void (bytes += b.length));
const t0 = Date.now();
await page.exposeFunction('__goschedProgress', (d: number, t: number) => {
  if (d % 30 < 2) console.log(`${d}/${t} frames, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
await page.goto(url);
await page.waitForFunction(() => (window as any).__goschedRenderReady);
try {
  const r = await page.evaluate((req) => (window as any).__goschedRender(req), {
    text: readFileSync('lessons/05-multicore/04-goroutines-vs-threads.gosched', 'utf8'),
    fileName: 'x.gosched',
    formatId: 'mp4-h264',
    settings: {
      widthPx: w, heightPx: h, fps: 30, pacing: { mode: 'fit', seconds: secs }, beatHoldS: 0, beatSlowS: 0,
      range: { kind: 'all' }, contents: { program: false, captions: true, titleCard: false }, theme: 'projector', textScale: 1,
    },
  });
  console.log('done', JSON.stringify(r.phases), r.frames, 'wall', (Date.now() - t0) / 1000);
} catch (e) {
  console.log('FAILED', String(e).slice(0, 500));
}
await browser.close();
server.close();
