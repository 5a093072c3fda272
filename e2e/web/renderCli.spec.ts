import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const OUT = join(root, 'test-results/export');

function gosched(...args: string[]) {
  return spawnSync('node', [join(root, 'bin/gosched.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
}

/** `gosched render LESSON OUT.png` at 1280×720, of the moment `from` (a beat or a time). */
function renderStill(lesson: string, out: string, from: string) {
  return gosched('render', lesson, out, '--width', '1280', '--height', '720', '--from', from);
}

test.describe.configure({ timeout: 200_000 });

test('gosched render writes a PNG still of a lesson at the size asked for', () => {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, 'cli-runnext.png');
  const r = renderStill('lessons/01-basics/01-runnext.gosched', out, '2us');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('1280×720 PNG');
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1280);
  expect(png.readUInt32BE(20)).toBe(720);
});

test('gosched render of a historical model draws the model stage: cores and OS threads, filling the stage', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, 'cli-n-to-1.png');
  const r = renderStill('lessons/07-road-to-mpn/04-n-to-1-blocking-syscall.gosched', out, '3');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  // Share of lit pixels in the stage (above the caption band) and how far down they reach: the P stage fed
  // a model's view drew only an empty global queue box (about 1 % lit, nothing below y = 110).
  const dataUrl = `data:image/png;base64,${readFileSync(out).toString('base64')}`;
  const { lit, lowestY } = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const h = 560;
    const d = ctx.getImageData(0, 0, img.width, h).data;
    let n = 0;
    let lowest = 0;
    for (let i = 0; i < d.length; i += 4) {
      if ((d[i] as number) + (d[i + 1] as number) + (d[i + 2] as number) > 180) {
        n++;
        lowest = Math.max(lowest, Math.floor(i / 4 / img.width));
      }
    }
    return { lit: n / (img.width * h), lowestY: lowest };
  }, dataUrl);
  expect(lit).toBeGreaterThan(0.03);
  expect(lowestY).toBeGreaterThan(300);
});

test('gosched render: a scenario that does not compile is a located error, and no file is left', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gosched-render-'));
  const bad = join(dir, 'bad.go');
  writeFileSync(bad, 'package main\n\nfunc main() {\n\tx := \n}\n');
  const r = gosched('render', bad, join(dir, 'out.mp4'));
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^bad\.go:\d+:\d+: /m);
  expect(readdirSync(dir)).toEqual(['bad.go']);
});

test('gosched render: bad arguments are usage errors (exit 2)', () => {
  const r = gosched('render', 'lessons/01-basics/01-runnext.gosched', 'out.gif');
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/out\.gif: the output must end in \.mp4, \.webm or \.png/);
  const missing = gosched('render', 'nope.gosched', 'out.mp4');
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/nope\.gosched: no such file/);
});
