import { expect, test } from '@playwright/test';

test.describe('lesson library (browser build)', () => {
  test('lists the shipped lessons in groups', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByTestId('lessons');
    await expect(menu.locator('optgroup')).toHaveCount(7);
    expect(await menu.locator('option').count()).toBeGreaterThanOrEqual(26);
  });

  test('playing a lesson stops at its first pausing beat and shows the caption', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('01-basics/01-runnext.gosched');
    await expect(page.getByTestId('doc-title')).toHaveText('runnext: the newest goroutine runs first');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '1');
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    const beat = page.getByTestId('beat');
    await expect(beat).toBeVisible({ timeout: 30_000 });
    await expect(beat).toContainText(/^\s*\d+ \/ \d+/);
    await expect(page.getByTestId('play')).toHaveText('Play');
    const caption = await beat.textContent();
    await page.waitForTimeout(600);
    await expect(beat).toHaveText(caption!);
  });
});

test.describe('stage emphasis (browser build)', () => {
  test('the P hand-off of a blocking syscall is highlighted when it happens', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('04-blocking/01-blocking-syscall.gosched');
    await page.getByTestId('speed').selectOption('10');
    const stage = page.getByTestId('stage');
    const seen = new Set<string>();
    for (let i = 0; i < 6 && !seen.has('handoff'); i++) {
      await page.getByTestId('play').click();
      for (let k = 0; k < 40 && !seen.has('handoff'); k++) {
        for (const kind of ((await stage.getAttribute('data-emphasis')) ?? '').split(' '))
          if (kind) seen.add(kind);
        await page.waitForTimeout(100);
      }
    }
    expect([...seen]).toContain('handoff');
  });
});
