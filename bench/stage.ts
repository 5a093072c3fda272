import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/chromiumPath';
import { HUNDRED_THOUSAND, writeScenarioFile } from '../e2e/scenarioFiles';
import { countGlPerFrame, glSummary, resetGlCounts, type GlSummary } from '../e2e/glCounts';
import { describeTask, longestTasks, mostCpuTask, traceMainThread } from '../e2e/mainThreadTasks';
import { cpuBetween, threadCpu } from './procCpu';

const root = resolve(import.meta.dirname, '..');

/** A program with `n` goroutines that compute, then pass values through a buffered channel. */
function program(n: number): string {
  return `package main

import (
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tch := make(chan int, 16)
\tfor i := 0; i < ${n}; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tfor j := 0; j < 3; j++ {
\t\t\t\twork(20 * time.Microsecond)
\t\t\t\tch <- j
\t\t\t\t<-ch
\t\t\t}
\t\t}()
\t}
\twg.Wait()
}
`;
}

/** The stage's frame meter as the page exposes it (answered by the stage's worker: values may be promises). */
interface Meter {
  reset(): void;
  percentile(p: number): number | Promise<number>;
  renderPercentile(p: number): number | Promise<number>;
  readonly frames: number | Promise<number>;
  readonly firstFrameMs: number | undefined;
}

/** Loads a program with `n` goroutines on `cores`, plays it at 1×, and measures JS time per frame. */
async function animate(
  page: Page,
  n: number,
  cores: number,
): Promise<{ p50: number; p95: number; p99: number; max: number; frames: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'gosched-bench-')), `g${n}.go`);
  writeFileSync(file, program(n));
  await page.getByTestId('open-input').setInputFiles(file);
  await page.getByTestId('cores').fill(String(cores));
  await page.getByTestId('cores').press('Enter');
  await page
    .getByTestId('stage')
    .getAttribute('data-ps-drawn')
    .then(async () => {
      await page.waitForFunction(
        (c) => document.querySelector('[data-testid="stage"]')?.getAttribute('data-ps-drawn') === String(c),
        cores,
      );
    });
  await page.getByTestId('play').click();
  await page.waitForTimeout(1500);
  await page.evaluate(() => (window as unknown as { __goschedPerf: Meter }).__goschedPerf.reset());
  await page.waitForTimeout(6000);
  const r = await page.evaluate(async () => {
    const m = (window as unknown as { __goschedPerf: Meter }).__goschedPerf;
    return {
      p50: await m.percentile(50),
      p95: await m.percentile(95),
      p99: await m.percentile(99),
      max: await m.percentile(100),
      frames: await m.frames,
    };
  });
  await page.getByTestId('play').click();
  return r;
}

/**
 * Plays {@link HUNDRED_THOUSAND} at 100× to its end and returns the stage's worst and p95 JS time per frame, ms (the
 * UI thread must never be held 50 ms), with how many goroutines the stage drew of how many.
 */
async function hundredThousand(
  browser: Browser,
  page: Page,
): Promise<{
  max: number;
  p95: number;
  scriptMax: number;
  renderMax: number;
  shown: number;
  total: number;
  taskMax: number;
  taskMaxWithoutReadback: number;
  taskMaxCpu: number;
  longTasks: number;
  longestWhat: string;
  mostCpuWhat: string;
  rasterCpuMsPerFrame: number;
  mainCpuMsPerFrame: number;
  rendererOtherCpuMsPerFrame: number;
  renderer: string;
  gl: GlSummary;
}> {
  await page.getByTestId('open-input').setInputFiles(writeScenarioFile('huge.gosched', HUNDRED_THOUSAND));
  // The previous program may have ended: wait until this one is loaded (its title shows, nothing has ended).
  await page.getByText(HUNDRED_THOUSAND.title).first().waitFor();
  await page.getByTestId('ended').waitFor({ state: 'hidden' });
  await page.getByTestId('speed').selectOption('100');
  await page.evaluate(() => (window as unknown as { __goschedPerf: Meter }).__goschedPerf.reset());
  // Long animation frames (Chromium's LoAF): the JS their scripts ran, whatever the code (message handling
  // included), which is what can hold the UI thread; rendering in software is left out.
  await page.evaluate(() => {
    const w = window as unknown as { __loafScriptMs: number[] };
    w.__loafScriptMs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { scripts: { duration: number }[] }[])
        w.__loafScriptMs.push(e.scripts.reduce((n, x) => n + x.duration, 0));
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
  // The browser's own count of main-thread tasks of 50 ms or more (the Long Tasks API), beside the trace.
  await page.evaluate(() => {
    const w = window as unknown as { __longTasksMs: number[] };
    w.__longTasksMs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasksMs.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: false });
  });
  let peak = { shown: 0, total: 0 };
  await resetGlCounts(page);
  let cpuBefore = threadCpu();
  let cpuAfter = cpuBefore;
  const tasks = await traceMainThread(browser, page, async () => {
    cpuBefore = threadCpu();
    await page.getByTestId('play').click();
    const deadline = Date.now() + 180_000;
    while (!(await page.getByTestId('ended').isVisible()) && Date.now() < deadline) {
      const el = page.getByTestId('stage-showing');
      const total = Number(await el.getAttribute('data-goroutines'));
      if (total > peak.total) peak = { shown: Number(await el.getAttribute('data-shown')), total };
      await page.waitForTimeout(250);
    }
    cpuAfter = threadCpu();
  });
  const longTasksMs = await page.evaluate(
    () => (window as unknown as { __longTasksMs: number[] }).__longTasksMs,
  );
  process.stderr.write(
    `bench: 100k tasks of 50 ms or more (Long Tasks API): ${JSON.stringify(longTasksMs)}\n`,
  );
  const longest = longestTasks(tasks);
  const gl = await glSummary(page);
  const longestWhat = tasks[0] ? describeTask(tasks[0]) : '';
  const most = mostCpuTask(tasks);
  const mostCpuWhat = most ? describeTask(most) : '';
  process.stderr.write(`bench: 100k longest task: ${longestWhat}\n`);
  process.stderr.write(`bench: 100k task with most CPU: ${mostCpuWhat} ${JSON.stringify(most?.inside)}\n`);
  process.stderr.write(`bench: 100k WebGL work per frame: ${JSON.stringify(gl)}\n`);
  process.stderr.write(`bench: 100k longest main-thread tasks: ${JSON.stringify(tasks.slice(0, 3))}\n`);
  const ownWork = [...tasks].sort((a, b) => b.ms - b.gpuReadbackMs - (a.ms - a.gpuReadbackMs)).slice(0, 3);
  process.stderr.write(`bench: 100k longest without the read-back: ${JSON.stringify(ownWork)}\n`);
  process.stderr.write(`bench: 100k ended: ${await page.getByTestId('ended').textContent()}\n`);
  const r = await page.evaluate(async () => {
    const m = (window as unknown as { __goschedPerf: Meter }).__goschedPerf;
    const loaf = (window as unknown as { __loafScriptMs: number[] }).__loafScriptMs;
    return {
      max: await m.percentile(100),
      p95: await m.percentile(95),
      frames: await m.frames,
      scriptMax: Math.max(0, ...loaf),
      renderMax: await m.renderPercentile(100),
    };
  });
  process.stderr.write(
    `bench: 100k frames: ${r.frames}, longest script run in one frame ${r.scriptMax} ms\n`,
  );
  // CPU per frame drawn: SwiftShader's rasteriser threads in the GPU process, the renderer's main thread (the
  // UI: the stage draws in its own worker), and its other threads (the stage's and the engine's workers, the
  // compositor, raster workers). Frames are WebGL frames when the page counts them (a stage drawn in the page
  // with WebGL), else the stage's own renders.
  const frames = gl.frames > 0 ? gl.frames : r.frames;
  const perFrame = (which: RegExp) => (frames > 0 ? cpuBetween(cpuBefore, cpuAfter, which) / frames : 0);
  const rasterCpuMsPerFrame = perFrame(/^gpu-process:Thread</);
  const mainCpuMsPerFrame = perFrame(/^renderer:chromium$/);
  const rendererOtherCpuMsPerFrame = perFrame(/^renderer:(?!chromium$)/);
  const renderer = (await page.getByTestId('stage').getAttribute('data-renderer')) ?? '';
  process.stderr.write(
    `bench: 100k CPU per frame (${renderer}, ${frames} frames): SwiftShader ${rasterCpuMsPerFrame.toFixed(1)} ms, main thread ${mainCpuMsPerFrame.toFixed(1)} ms, renderer's other threads ${rendererOtherCpuMsPerFrame.toFixed(1)} ms\n`,
  );
  return {
    ...r,
    ...peak,
    taskMax: longest.all,
    taskMaxWithoutReadback: longest.withoutReadback,
    taskMaxCpu: longest.cpu,
    longTasks: longTasksMs.length,
    longestWhat,
    mostCpuWhat,
    rasterCpuMsPerFrame,
    mainCpuMsPerFrame,
    rendererOtherCpuMsPerFrame,
    renderer,
    gl,
  };
}

/** Renders per second of the live player over 5 s with nothing changing (after the 100k run ended). */
async function idleFramesPerSec(page: Page): Promise<number> {
  const renders = (): Promise<number> =>
    page.evaluate(() =>
      (window as unknown as { __goschedStage: { renders(): number } }).__goschedStage.renders(),
    );
  await page.waitForTimeout(1500);
  const before = await renders();
  await page.waitForTimeout(5000);
  return ((await renders()) - before) / 5;
}

/**
 * Chromium's flags for the bench: the e2e's (software compositing, `--disable-gpu`), or with
 * `GOSCHED_BENCH_GPU=angle-swiftshader` SwiftShader through ANGLE as the GPU process's GL with GPU compositing
 * (no `--disable-gpu`): the compositor then draws the WebGL canvas as a texture in the GPU process, as it does on a
 * machine with a GPU, instead of reading it back on the main thread.
 */
function benchChromiumArgs(): string[] {
  if (process.env['GOSCHED_BENCH_GPU'] !== 'angle-swiftshader') return CHROMIUM_ARGS;
  return [
    ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ];
}

/**
 * Stage figures from the browser build in Chromium: JS time per animation frame (the stage's own work,
 * not software rasterising) and the time from navigation to the first stage frame.
 */
export async function benchStage(): Promise<Record<string, number | string>> {
  if (!existsSync(join(root, 'dist-web', 'index.html')))
    throw new Error('build the browser build first: npm run build');
  const server = await preview({
    root: join(root, 'src-renderer'),
    configFile: join(root, 'vite.web.config.ts'),
    preview: { port: 4179, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: benchChromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await countGlPerFrame(page);
    // GOSCHED_BENCH_RENDERER=webgl|canvas forces the live stage's renderer (default: the page's own choice);
    // GOSCHED_BENCH_STAGE=main draws the stage in the page instead of its worker (to compare).
    const inPage = process.env['GOSCHED_BENCH_STAGE'] === 'main';
    const forced = process.env['GOSCHED_BENCH_RENDERER'];
    await page.goto(
      `http://127.0.0.1:4179/?perf${inPage ? '&stage=main' : ''}${forced ? `&renderer=${forced}` : ''}`,
    );
    await page.waitForFunction(
      () => (window as unknown as { __goschedPerf?: Meter }).__goschedPerf?.firstFrameMs !== undefined,
    );
    const firstFrameMs = await page.evaluate(
      () => (window as unknown as { __goschedPerf: Meter }).__goschedPerf.firstFrameMs!,
    );
    const small = await animate(page, 1000, 8);
    const large = await animate(page, 10_000, 64);
    const huge = await hundredThousand(browser, page);
    const idle = await idleFramesPerSec(page);
    const r = (x: number) => Math.round(x * 100) / 100;
    const figures: Record<string, number | string> = {
      'stage.firstFrameMs': Math.round(firstFrameMs),
      'stage.frameMsP50': r(small.p50),
      'stage.frameMsP95': r(small.p95),
      'stage.frameMsP95_10k64': r(large.p95),
      // Frames that draw a new state (rather than only advancing motion) are the slow tail.
      'stage.frameMsP99_10k64': r(large.p99),
      'stage.frameMsMax_10k64': r(large.max),
      'stage.framesMeasured': small.frames + large.frames,
      // 100 000 goroutines on 8 Ps played to the end at 100×: the worst frame's JS time, and what was drawn.
      'stage.frameMsMax_100k': r(huge.max),
      'stage.frameMsP95_100k': r(huge.p95),
      // The longest main-thread task at 100 000 goroutines from a Chromium trace of the task-level categories
      // (mainThreadTasks.ts says why not the detailed ones), whatever ran in it (target < 50 ms), and the same
      // without the compositor's wait for SwiftShader to rasterise the WebGL canvas (software compositing reads
      // the canvas back; with a GPU there is no such wait).
      'stage.longestTaskMs_100k': r(huge.taskMax),
      'stage.longestTaskWithoutReadbackMs_100k': r(huge.taskMaxWithoutReadback),
      // Main-thread tasks of 50 ms or more by the browser's Long Tasks API in the same run (target 0).
      'stage.longTasksOver50Ms_100k': huge.longTasks,
      // The same tasks' CPU time on the main thread (the longest): what the machine's load inflates far less.
      'stage.longestTaskCpuMs_100k': r(huge.taskMaxCpu),
      // What the longest task was: its length, CPU time and its parts (read-back, animation-frame script, …).
      'stage.longestTaskWhat_100k': huge.longestWhat,
      // The task that took most CPU, and what it was made of.
      'stage.mostCpuTaskWhat_100k': huge.mostCpuWhat,
      // CPU per frame drawn, ms: SwiftShader rasterising the stage (GPU process), and the page's main thread
      // (all of it: stage, panels, engine messages).
      'stage.rasterCpuMsPerFrame_100k': r(huge.rasterCpuMsPerFrame),
      'stage.mainThreadCpuMsPerFrame_100k': r(huge.mainCpuMsPerFrame),
      'stage.rendererOtherThreadsCpuMsPerFrame_100k': r(huge.rendererOtherCpuMsPerFrame),
      // The live stage's Pixi renderer (`data-renderer`): canvas when WebGL is software, webgl on a GPU.
      'stage.renderer': huge.renderer,
      // The stage's own JS in its worst frame (setView, layout, tokens; Pixi's render call excluded).
      'stage.stageJsMsMax_100k': r(huge.max),
      // Frames the live player rendered per second while the run had ended and nothing changed (target 0).
      'stage.idleFramesPerSec': r(idle),
      // All script run in the worst long animation frame: ours, message handling, and Pixi's render calls,
      // which on SwiftShader include software WebGL work (see the stage README / closing note).
      'stage.scriptMsMaxPerFrame_100k': r(huge.scriptMax),
      // Of which Pixi's render call (scene traversal and WebGL submission to SwiftShader), worst frame.
      'stage.pixiRenderMsMax_100k': r(huge.renderMax),
      // WebGL work per frame at 100 000 goroutines, counted on the CPU side (what SwiftShader, or a GPU, has to
      // do): the worst frame's draw calls, indices drawn, texture uploads and bytes uploaded (buffers + textures).
      'stage.drawCallsMaxPerFrame_100k': huge.gl.max.draws,
      'stage.glIndicesMaxPerFrame_100k': huge.gl.max.indices,
      'stage.glIndicesMeanPerFrame_100k': huge.gl.mean.indices,
      'stage.textureUploadsMaxPerFrame_100k': huge.gl.max.textureUploads,
      'stage.uploadBytesMaxPerFrame_100k': huge.gl.max.bytes,
      'stage.uploadBytesMeanPerFrame_100k': huge.gl.mean.bytes,
      'stage.goroutinesPeak_100k': huge.total,
      'stage.tokensAtPeak_100k': huge.shown,
    };
    // The ANGLE/SwiftShader run and a forced renderer are reported beside the default run, not instead of it.
    const suffix =
      (process.env['GOSCHED_BENCH_GPU'] === 'angle-swiftshader' ? '_angleSwiftshader' : '') +
      (forced ? `_${forced}Forced` : '');
    return Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${k}${suffix}`, v]));
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
