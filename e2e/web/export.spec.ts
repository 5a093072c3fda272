import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RenderReply, RenderRequest } from '../../src-renderer/export/renderMode';
import type { PixelDiff, VideoInspection } from '../../src-renderer/export/verify';

/** Exported files land here, to be looked at (not committed). */
const OUT = join(import.meta.dirname, '../../test-results/export');
const LESSON = 'lessons/06-failures/01-deadlock.gosched';
/** Largest mean difference of any 16×16 block between a decoded frame and its still (codec loss on text edges). */
const WORST_BLOCK = 25;

/** Opens the render-only page with a byte collector for what it streams out. */
async function renderPage(page: Page): Promise<{ take: () => Buffer }> {
  let chunks: { position: number; data: Buffer }[] = [];
  await page.exposeFunction('__goschedWrite', (position: number, base64: string) => {
    chunks.push({ position, data: Buffer.from(base64, 'base64') });
  });
  await page.exposeFunction('__goschedProgress', () => undefined);
  await page.goto('/index.html?render');
  await page.waitForFunction(
    () => (window as unknown as { __goschedRenderReady?: boolean }).__goschedRenderReady,
  );
  return {
    take: () => {
      const size = Math.max(0, ...chunks.map((c) => c.position + c.data.length));
      const out = Buffer.alloc(size);
      for (const c of chunks) c.data.copy(out, c.position);
      chunks = [];
      return out;
    },
  };
}

type Win = {
  __goschedRender: (r: RenderRequest) => Promise<RenderReply>;
  __goschedVerify: (op: string, video: string, tS?: number, png?: string) => Promise<unknown>;
};

const render = (page: Page, req: RenderRequest) =>
  page.evaluate((r) => (window as unknown as Win).__goschedRender(r), req);
const verify = <T>(page: Page, op: string, video: Buffer, tS = 0, png?: Buffer) =>
  page.evaluate(([o, v, t, p]) => (window as unknown as Win).__goschedVerify(o, v, t, p), [
    op,
    video.toString('base64'),
    tS,
    png?.toString('base64') ?? '',
  ] as const) as Promise<T>;

function request(formatId: string, extra: Partial<RenderRequest> = {}): RenderRequest {
  return {
    text: readFileSync(LESSON, 'utf8'),
    fileName: '01-deadlock.gosched',
    formatId,
    settings: {
      widthPx: 1280,
      heightPx: 720,
      fps: 30,
      pacing: { mode: 'fit', seconds: 12 },
      beatHoldS: 0.5,
      beatSlowS: 0,
      range: { kind: 'all' },
      contents: { program: true, captions: true, titleCard: true },
      theme: 'projector',
      textScale: 1,
    },
    ...extra,
  };
}

test.describe.configure({ timeout: 300_000 });

for (const [formatId, ext] of [
  ['mp4-h264', 'mp4'],
  ['webm-vp9', 'webm'],
] as const) {
  test(`${ext}: frame count = duration × fps, exact timestamps, frames match stills, two exports match`, async ({
    page,
  }) => {
    mkdirSync(OUT, { recursive: true });
    const { take } = await renderPage(page);
    const samples = [100, 170, 240];
    const reply = await render(page, request(formatId, { sampleFrames: samples }));
    const video = take();
    writeFileSync(join(OUT, `deadlock.${ext}`), video);
    writeFileSync(join(OUT, `deadlock.vtt`), reply.vtt);

    // The run deadlocks: Go's fatal error is the last caption.
    expect(reply.vtt).toContain('fatal error: all goroutines are asleep - deadlock!');
    // Holds (each beat's and the end's) show the settled picture: every token the stage drew stands at its
    // goroutine's place in the view of that time (G1 in ch1's recvq, not in P0's running slot).
    console.log(
      `${ext}: ${reply.holds.frames} hold frames, unsettled: ${JSON.stringify(reply.holds.unsettled.slice(0, 3))}`,
    );
    expect(reply.holds.frames).toBeGreaterThan(100);
    expect(reply.holds.unsettled).toEqual([]);

    const info = await verify<VideoInspection>(page, 'inspect', video);
    expect(info.widthPx).toBe(1280);
    expect(info.heightPx).toBe(720);
    expect(info.frames.length).toBe(reply.frames);
    expect(info.frames.length).toBe(Math.round(info.durationS * reply.fps));
    // Exact in the container's clock: MP4 keeps a timescale that holds k / fps exactly; WebM (Matroska) counts
    // whole milliseconds, so there frame k is at k / fps rounded to the millisecond.
    const exact = (k: number) => (ext === 'webm' ? Math.round((k * 1000) / reply.fps) / 1000 : k / reply.fps);
    info.frames.forEach((f, k) => {
      expect(Math.abs(f.timestampS - exact(k)), `frame ${k} timestamp`).toBeLessThan(1e-9);
    });

    // Frame k against the PNG still of the same virtual time.
    for (const s of reply.samples) {
      await render(page, request('png', { stillAtNs: s.virtualNs }));
      const png = take();
      const d = await verify<PixelDiff>(page, 'compare', video, s.index / reply.fps, png);
      console.log(
        `${ext} frame ${s.index} (${s.kind}, t=${s.virtualNs} ns) vs still: mean ${d.meanAbs.toFixed(2)}, PSNR ${d.psnrDb.toFixed(1)} dB, worst 16-px block ${d.worstBlockMeanAbs.toFixed(1)}`,
      );
      expect(d.meanAbs, `frame ${s.index} vs still`).toBeLessThan(4);
      // No token where the still has none: a misplaced token makes one block differ by ~100 or more.
      expect(d.worstBlockMeanAbs, `frame ${s.index} vs still, worst block`).toBeLessThan(WORST_BLOCK);
      // Thin coloured lines and text lose most to 4:2:0 chroma: about 25 dB here, far below any visible change.
      expect(d.psnrDb).toBeGreaterThan(22);
      if (s.index === samples[0] || s.index === samples[2]) {
        writeFileSync(
          join(OUT, `deadlock.${ext}.frame${s.index}.png`),
          Buffer.from(await verify<string>(page, 'frame', video, s.index / reply.fps), 'base64'),
        );
        writeFileSync(join(OUT, `deadlock.still${s.index}.png`), png);
      }
    }

    // Deterministic: a second export decodes to the same frames.
    await render(page, request(formatId));
    const again = take();
    for (const k of [0, samples[1]!, reply.frames - 1]) {
      const a = Buffer.from(await verify<string>(page, 'frame', video, k / reply.fps), 'base64');
      const d = await verify<PixelDiff>(page, 'compare', again, k / reply.fps, a);
      expect(d.meanAbs, `second export, frame ${k}`).toBeLessThan(0.5);
    }
  });
}

test('bad input: an empty range and a scenario that does not compile get clear messages', async ({
  page,
}) => {
  await renderPage(page);
  const empty = request('mp4-h264');
  await expect(
    render(page, {
      ...empty,
      settings: { ...empty.settings, range: { kind: 'span', fromNs: 5000, toNs: 5000 } },
    }),
  ).rejects.toThrow(/export range is empty/);
  const broken = JSON.parse(readFileSync(LESSON, 'utf8')) as { program: string };
  broken.program = broken.program.replace('results := make(chan int)', 'results := make(chan int');
  await expect(render(page, { ...request('mp4-h264'), text: JSON.stringify(broken) })).rejects.toThrow(
    /does not compile[\s\S]*main\.go:\d+:\d+/,
  );
  await expect(
    render(page, { ...empty, settings: { ...empty.settings, widthPx: 16384, heightPx: 16384 } }),
  ).rejects.toThrow(/cannot be made here/);
});

test('the comparison view as one video: N:1 and M:P:N side by side, every frame at its time', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  const { take } = await renderPage(page);
  const lesson = 'lessons/07-road-to-mpn/04-n-to-1-blocking-syscall.gosched';
  const base = request('mp4-h264');
  const req: RenderRequest = {
    ...base,
    text: readFileSync(lesson, 'utf8'),
    fileName: '04-n-to-1-blocking-syscall.gosched',
    compare: ['n-to-1', 'go'],
    settings: {
      ...base.settings,
      contents: { program: false, captions: true, titleCard: true },
      pacing: { mode: 'fit', seconds: 8 },
    },
    sampleFrames: [0, 150],
  };
  const reply = await render(page, req);
  const video = take();
  writeFileSync(join(OUT, 'compare-n-to-1-vs-go.mp4'), video);
  const info = await verify<VideoInspection>(page, 'inspect', video);
  expect(reply.frames).toBe(8 * 30);
  expect(info.frames.length).toBe(reply.frames);
  info.frames.forEach((f, k) => expect(Math.abs(f.timestampS - k / 30), `frame ${k}`).toBeLessThan(1e-9));
  // Frame 150 (mid-run): the two panes, each its own model's stage, are different pictures.
  const png = Buffer.from(await verify<string>(page, 'frame', video, 150 / 30), 'base64');
  writeFileSync(join(OUT, 'compare-n-to-1-vs-go.frame150.png'), png);
  const halves = await page.evaluate(async (b64) => {
    const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const w = bmp.width / 2;
    const h = Math.round(bmp.height * 0.8);
    const a = ctx.getImageData(0, 0, w, h).data;
    const b = ctx.getImageData(w, 0, w, h).data;
    let diff = 0;
    let lit = 0;
    for (let i = 0; i < a.length; i += 4) {
      diff += Math.abs(a[i]! - b[i]!);
      if (a[i]! > 60 || b[i]! > 60) lit++;
    }
    return { meanDiff: diff / (a.length / 4), litShare: lit / (a.length / 4) };
  }, png.toString('base64'));
  console.log(
    `comparison frame 150: halves differ by ${halves.meanDiff.toFixed(1)}, ${(halves.litShare * 100).toFixed(1)} % lit`,
  );
  expect(halves.litShare).toBeGreaterThan(0.01);
  expect(halves.meanDiff).toBeGreaterThan(1);
  // A model that does not exist is refused with its name.
  await expect(render(page, { ...req, compare: ['n-to-1', 'm-to-q'] })).rejects.toThrow(
    /no scheduler model "m-to-q"/,
  );
});
