import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/chromiumPath';
import { writeScenarioFile } from '../e2e/scenarioFiles';
import { createRun } from '../src-engine/host/services';
import type { GoRun } from '../src-engine/sim/GoRun';
import type { SchedEvent } from '../src-engine/sim/events';
import { explainText } from '../src-engine/sim/explain/explain';
import { EventIndex } from '../src-engine/sim/insight/EventIndex';
import { busyProgram } from './insightPrograms';

const root = resolve(import.meta.dirname, '..');
/** 10 000 goroutines × 47 channel round trips on 4 cores: just over a million events (36 gave 789 k). */
const GOROUTINES = 10_000;
const LOOPS = 47;
/** The timeline figure counts only on a run of at least this many events. */
const MILLION = 1_000_000;

/** Explanations per second over a million-event log (the event list asks for a page at a time). */
function explainRate(): Record<string, number> {
  const run = createRun({
    title: 'explain',
    program: busyProgram(GOROUTINES, LOOPS),
    settings: { cores: 4, seed: 1 },
  });
  if ('diagnostics' in run) throw new Error(run.diagnostics[0]?.message);
  (run as GoRun).runToEnd(1_200_000);
  if (run.eventCount < MILLION) throw new Error(`the explain run has only ${run.eventCount} events`);
  const n = run.eventCount;
  const events: SchedEvent[] = [];
  for (let i = 0; i < n; i++) events.push(run.event(i));
  // Indexed as the app does: from the run's log columns, with the code warm (the host indexes all session
  // long; a first pass also measures V8 compiling it).
  const source = (run as GoRun).rawEvents();
  const warm = new EventIndex(source);
  for (let i = 0; i < Math.min(n, 200_000); i++) warm.addFrom(source, i);
  let t0 = performance.now();
  const index = new EventIndex(source);
  for (let i = 0; i < n; i++) index.addFrom(source, i);
  const indexMs = performance.now() - t0;
  let chars = 0;
  // Warm up (the event list runs this code all session long), then measure one pass over the whole log.
  for (let i = 0; i < Math.min(n, 200_000); i++)
    chars += explainText(events[i]!, index.creator.get(i)).length;
  t0 = performance.now();
  for (let i = 0; i < n; i++) chars += explainText(events[i]!, index.creator.get(i)).length;
  const explainMs = performance.now() - t0;
  if (chars === 0) throw new Error('no explanations');
  return {
    'events.benchEvents': n,
    'events.explainPerSec': Math.round(n / (explainMs / 1000)),
    'events.indexPerSec': Math.round(n / (indexMs / 1000)),
  };
}

interface TimelineHook {
  frames: number[];
  pan(dx: number): void;
  zoom(factor: number): void;
  lanes(): { gTotal: number; endNs: number } | undefined;
}

/** JS time per timeline redraw while panning a million-event, 10 000-goroutine run. */
async function timelinePan(
  page: Page,
): Promise<{ p95: number; max: number; frames: number; events: number }> {
  const file = writeScenarioFile('million.gosched', {
    title: 'a million events',
    settings: { cores: 4, seed: 1 },
    program: busyProgram(GOROUTINES, LOOPS),
  });
  await page.getByTestId('open-input').setInputFiles(file);
  await page.getByText('a million events').first().waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="stage"]')?.getAttribute('data-ps-drawn') === '4',
  );
  await page.evaluate(() =>
    (window as unknown as { __goschedSession: { step(n: number): void } }).__goschedSession.step(1_000_000),
  );
  // The step's frame arrives when the engine has produced them all (or the program ended first).
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('span')].some(
        (el) =>
          /^\d+ events$/.test(el.textContent ?? '') && Number((el.textContent ?? '').split(' ')[0]) >= n,
      ),
    MILLION,
    { timeout: 900_000, polling: 1000 },
  );
  const events = Number(((await page.getByText(/^\d+ events$/).textContent()) ?? '0').split(' ')[0]);
  process.stderr.write(`bench: timeline run has ${events} events\n`);
  if (events < MILLION) throw new Error(`the timeline run has only ${events} events`);
  await page.getByTestId('tab-timeline').click();
  const hook = () => (window as unknown as { __goschedTimeline: TimelineHook }).__goschedTimeline;
  await page.waitForFunction(
    (n) =>
      ((window as unknown as { __goschedTimeline?: TimelineHook }).__goschedTimeline?.lanes()?.gTotal ?? 0) >=
      n,
    GOROUTINES,
    { timeout: 300_000 },
  );
  await page.evaluate(() =>
    (window as unknown as { __goschedTimeline: TimelineHook }).__goschedTimeline.zoom(0.2),
  );
  await page.waitForTimeout(2000);
  void hook;
  // Pan back and forth, one step per animation frame, for about 4 seconds.
  const r = await page.evaluate(async () => {
    const h = (window as unknown as { __goschedTimeline: TimelineHook }).__goschedTimeline;
    h.frames.length = 0;
    for (let i = 0; i < 240; i++) {
      h.pan(i % 120 < 60 ? 25 : -25);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
    const f = [...h.frames].sort((a, b) => a - b);
    return { p95: f[Math.floor(f.length * 0.95)] ?? 0, max: f.at(-1) ?? 0, frames: f.length };
  });
  return { ...r, events };
}

/**
 * Insight figures: explanations per second (Node), and the timeline's JS time per redraw while panning a
 * million-event run with 10 000 goroutines (browser build in Chromium).
 */
export async function benchInsight(): Promise<Record<string, number>> {
  const out: Record<string, number> = explainRate();
  process.stderr.write(`bench: ${JSON.stringify(out)}\n`);
  if (!existsSync(join(root, 'dist-web', 'index.html')))
    throw new Error('build the browser build first: npm run build');
  const port = Number(process.env['GOSCHED_BENCH_PORT'] ?? 4186);
  const server = await preview({
    root: join(root, 'src-renderer'),
    configFile: join(root, 'vite.web.config.ts'),
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?perf`);
    await page.getByTestId('engine-status').filter({ hasNotText: 'connecting' }).waitFor();
    const t = await timelinePan(page);
    const r = (x: number) => Math.round(x * 100) / 100;
    out['timeline.frameMsP95_1M'] = r(t.p95);
    out['timeline.frameMsMax_1M'] = r(t.max);
    out['timeline.framesMeasured_1M'] = t.frames;
    out['timeline.events_1M'] = t.events;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  return out;
}
