import type { Page } from '@playwright/test';

/** WebGL work submitted in one animation frame of the page, counted on the CPU side. */
export interface GlFrame {
  /** Draw calls (`drawElements` + `drawArrays`). */
  readonly draws: number;
  /** Indices (or vertices) those draw calls drew: what the rasteriser has to process. */
  readonly indices: number;
  /** Texture uploads (`texImage2D` + `texSubImage2D`). */
  readonly textureUploads: number;
  /** Bytes sent to the GPU: buffer data plus uploaded texture areas (RGBA). */
  readonly bytes: number;
  /** JS time of the frame's animation callbacks, ms. */
  readonly ms: number;
}

/** Worst and mean of {@link GlFrame}s, per frame. */
export interface GlSummary {
  readonly frames: number;
  readonly max: GlFrame;
  readonly mean: GlFrame;
}

/**
 * A page script (run before the page's own) that wraps the WebGL calls that cost the GPU — draws, buffer and
 * texture uploads — and records their counts per animation frame in `window.__glFrames`. It is a string, not a
 * function, so that no build helper of the test's own bundler ends up in the page.
 */
const SCRIPT = `(() => {
  const frames = [];
  let cur = null;
  window.__glFrames = frames;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    cur = { draws: 0, indices: 0, textureUploads: 0, bytes: 0, ms: 0 };
    const start = performance.now();
    try { cb(t); } finally {
      cur.ms = performance.now() - start;
      if (cur.draws > 0 || cur.bytes > 0) frames.push(cur);
      cur = null;
    }
  });
  const wrap = (proto, name, count) => {
    const orig = proto[name];
    if (!orig) return;
    proto[name] = function (...a) { if (cur) count(cur, a); return orig.apply(this, a); };
  };
  const size = (d) => (typeof d === 'number' ? d : (d && d.byteLength) || 0);
  for (const P of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    wrap(P, 'drawElements', (c, a) => { c.draws++; c.indices += a[1]; });
    wrap(P, 'drawArrays', (c, a) => { c.draws++; c.indices += a[2]; });
    wrap(P, 'bufferData', (c, a) => { c.bytes += size(a[1]); });
    wrap(P, 'bufferSubData', (c, a) => { c.bytes += size(a[2]); });
    for (const name of ['texImage2D', 'texSubImage2D'])
      wrap(P, name, (c, a) => {
        const src = a[a.length - 1];
        const w = (src && src.width) || a[name === 'texImage2D' ? 3 : 4] || 0;
        const h = (src && src.height) || a[name === 'texImage2D' ? 4 : 5] || 0;
        c.textureUploads++;
        c.bytes += w * h * 4;
      });
  }
})()`;

/** Counts the page's WebGL work per animation frame from the next navigation on (call before `page.goto`). */
export async function countGlPerFrame(page: Page): Promise<void> {
  await page.addInitScript({ content: SCRIPT });
}

/** Forgets the frames counted so far. */
export async function resetGlCounts(page: Page): Promise<void> {
  await page.evaluate('window.__glFrames && (window.__glFrames.length = 0)');
}

/** The worst (each figure on its own) and the mean per frame since the last reset. */
export async function glSummary(page: Page): Promise<GlSummary> {
  const frames = (await page.evaluate('window.__glFrames || []')) as GlFrame[];
  const keys = ['draws', 'indices', 'textureUploads', 'bytes', 'ms'] as const;
  const pick = (f: (k: (typeof keys)[number]) => number) =>
    Object.fromEntries(keys.map((k) => [k, Math.round(f(k) * 10) / 10])) as unknown as GlFrame;
  return {
    frames: frames.length,
    max: pick((k) => Math.max(0, ...frames.map((f) => f[k]))),
    mean: pick((k) => frames.reduce((n, f) => n + f[k], 0) / Math.max(1, frames.length)),
  };
}
