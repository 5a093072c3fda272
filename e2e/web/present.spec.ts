import { expect, test } from '@playwright/test';

test.describe('presentation mode (browser build)', () => {
  test('F5 shows the stage alone in the projector theme; the clicker keys walk the beats; Esc leaves', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await page.getByTestId('lessons').selectOption('05-multicore/01-work-stealing.gosched');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
    await page.keyboard.press('F5');
    const present = page.getByTestId('presentation');
    await expect(present).toBeVisible();
    // The editor and the toolbars are hidden; the stage fills the screen and draws at once.
    await expect(page.getByTestId('play')).toBeHidden();
    await expect(page.locator('.cm-editor')).toBeHidden();
    const stage = present.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
    const box = (await stage.boundingBox())!;
    expect(box.width).toBe(1920);
    expect(box.height).toBeGreaterThan(900);
    // Projector theme: black stage.
    const bg = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="presentation"] canvas') as HTMLCanvasElement;
      const probe = document.createElement('canvas');
      probe.width = 1;
      probe.height = 1;
      probe.getContext('2d')!.drawImage(c, 2, c.height - 3, 1, 1, 0, 0, 1, 1);
      return [...probe.getContext('2d')!.getImageData(0, 0, 1, 1).data];
    });
    expect(bg.slice(0, 3)).toEqual([0, 0, 0]);
    // PageDown (a clicker) plays to the first beat and stops there; its caption is in its own band, above the stage.
    await page.keyboard.press('PageDown');
    const beat = present.getByTestId('beat');
    await expect(beat).toContainText('1 /', { timeout: 30_000 });
    const band = (await present.getByTestId('caption-band').boundingBox())!;
    expect(band.y + band.height).toBeLessThanOrEqual((await stage.boundingBox())!.y + 1);
    expect(await beat.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
    // At 1080p in the projector theme every label on the stage is at least 14 px high, and the places are named.
    const labels = await page.evaluate(() =>
      (
        window as unknown as { __goschedStage: { labelSizes(): { text: string; px: number }[] } }
      ).__goschedStage.labelSizes(),
    );
    const texts = labels.map((l) => l.text);
    expect(texts).toContain('running');
    expect(texts).toContain('runnext');
    expect(texts.some((t) => /^runq \d+\/256/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Global run queue'))).toBe(true);
    expect(labels.filter((l) => l.px < 14)).toEqual([]);
    const shot = testInfo.outputPath('presentation-1080p.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('presentation-1080p', { path: shot, contentType: 'image/png' });
    await page.keyboard.press('ArrowRight');
    await expect(beat).toContainText('2 /', { timeout: 30_000 });
    await page.keyboard.press('Space');
    await expect(beat).toContainText('3 /', { timeout: 30_000 });
    // PageUp / ← go back a beat.
    await page.keyboard.press('PageUp');
    await expect(beat).toContainText('2 /');
    await page.keyboard.press('ArrowLeft');
    await expect(beat).toContainText('1 /');
    // P plays and pauses. The status bar's clock may follow the beat label by a frame or more on a loaded
    // machine, so beat 1's time is read once the clock has stopped changing.
    const clock = page.getByTestId('virtual-time');
    let t0 = '';
    await expect
      .poll(async () => {
        const before = await clock.textContent();
        await page.waitForTimeout(250);
        t0 = (await clock.textContent()) ?? '';
        return before === t0;
      })
      .toBe(true);
    await page.keyboard.press('p');
    await expect(beat).toContainText('2 /', { timeout: 30_000 });
    await expect(clock).not.toHaveText(t0);
    await page.keyboard.press('Escape');
    await expect(present).toBeHidden();
    await expect(page.getByTestId('play')).toBeVisible();
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
  });

  test('the toolbar button enters presentation mode too', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('present').click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toBeHidden();
  });
});
