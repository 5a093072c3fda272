import { expect, test } from '@playwright/test';

test.describe('lesson library (browser build)', () => {
  test('lists the shipped lessons in groups', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByTestId('lessons');
    await expect(menu.locator('optgroup')).toHaveCount(6);
    expect(await menu.locator('option').count()).toBeGreaterThanOrEqual(17);
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
