// Temporary probe (not committed): CPU profile + full trace of the 100k run.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/chromiumPath';
import { HUNDRED_THOUSAND, writeScenarioFile } from '../e2e/scenarioFiles';

const root = resolve(import.meta.dirname, '..');
const server = await preview({ build: { outDir: process.env.OUTDIR ?? join(root, 'dist-web') },
  root: join(root, 'src-renderer'),
  configFile: join(root, 'vite.web.config.ts'),
  preview: { port: 4178, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
if (process.env.DESYNC) await page.addInitScript(() => {
  const g = HTMLCanvasElement.prototype.getContext;
  (HTMLCanvasElement.prototype as any).getContext = function (this: HTMLCanvasElement, t: string, o?: object) { return t === '2d' && this.isConnected ? g.call(this, t, { ...(o ?? {}), desynchronized: true }) : g.call(this, t as '2d', o); };
});
if (process.env.PROBE === 'count') await page.addInitScript(() => {
  const w = window as unknown as { __cc: Record<string, number>; __raf: number };
  w.__cc = {}; w.__raf = 0;
  const P = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
  for (const k of Object.getOwnPropertyNames(P)) {
    const d = Object.getOwnPropertyDescriptor(P, k);
    if (!d || typeof d.value !== 'function') continue;
    const f = d.value as (...a: unknown[]) => unknown;
    P[k] = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
      let key = k;
      if (k === 'drawImage') { const src = a[0] as HTMLCanvasElement; key = `drawImage ${src?.width}x${src?.height} ${src?.constructor?.name}`; }
      if (k === 'fillText') key = 'fillText ' + String(a[0]).slice(0, 20);
      w.__cc[key] = (w.__cc[key] ?? 0) + 1; return f.apply(this, a);
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { w.__raf++; cb(t); });
});
await page.goto(`http://127.0.0.1:4178/?perf${process.env.Q ?? ''}`);
await page.waitForTimeout(2000);
await page.getByTestId('open-input').setInputFiles(writeScenarioFile('huge.gosched', HUNDRED_THOUSAND));
await page.getByText(HUNDRED_THOUSAND.title).first().waitFor();
await page.getByTestId('speed').selectOption('100');
if (process.env.WARM) {
  await page.getByTestId('play').click();
  while (!(await page.getByTestId('ended').isVisible())) await page.waitForTimeout(250);
  await page.getByTestId('open-input').setInputFiles(writeScenarioFile('huge2.gosched', { ...HUNDRED_THOUSAND, title: 'again' }));
  await page.getByText('again').first().waitFor();
  await page.getByTestId('ended').waitFor({ state: 'hidden' });
  await page.getByTestId('speed').selectOption('100');
}
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const mode = process.env.PROBE ?? 'profile';
if (mode === 'both') { await cdp.send('Profiler.start'); }
if (mode === 'lt') {} else if (mode === 'trace' || mode === 'both') await browser.startTracing(page, { categories: ['toplevel','devtools.timeline','disabled-by-default-devtools.timeline','v8.execute','v8'] });
else await cdp.send('Profiler.start');
if (mode === 'lt') await page.evaluate(() => { const w = window as any; w.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: false }); });
const t0 = Date.now();
await page.getByTestId('play').click();
if (mode === 'shot') { await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/lead/shot.png' }); }
while (!(await page.getByTestId('ended').isVisible()) && Date.now() - t0 < 120000) await page.waitForTimeout(250);
console.log('run ms', Date.now() - t0);
if (mode === 'lt') console.log('longtasks', JSON.stringify(await page.evaluate(() => (window as any).__lt)));
if (mode === 'count') {
  const r = await page.evaluate(() => { const w = window as unknown as { __cc: Record<string, number>; __goschedStage: { renders(): number } }; return { cc: w.__cc, renders: w.__goschedStage.renders() }; });
  console.log('renders', r.renders);
  for (const [k, v] of Object.entries(r.cc).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v, (v / r.renders).toFixed(1), k);
}
if (mode === 'count' || mode === 'lt') {} else if (mode === 'trace') writeFileSync('/tmp/lead/trace.json', await browser.stopTracing());
else if (mode === 'both') { writeFileSync('/tmp/lead/trace.json', await browser.stopTracing()); const { profile } = await cdp.send('Profiler.stop'); writeFileSync('/tmp/lead/main.cpuprofile', JSON.stringify(profile)); }
else {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/lead/main.cpuprofile', JSON.stringify(profile));
}
await browser.close();
await new Promise<void>((r) => server.httpServer.close(() => r()));
process.exit(0);
