import { expect, test } from '@playwright/test';

test.describe('display preferences (browser build)', () => {
  test('the theme and text size apply at once and survive a reload', async ({ page }) => {
    await page.goto('/');
    const html = page.locator('html');
    await page.getByTestId('theme').selectOption('projector');
    await expect(html).toHaveAttribute('data-theme', 'projector');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await page.getByTestId('text-larger').click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
      .not.toBe(before);
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'projector');
    await expect(page.getByTestId('theme')).toHaveValue('projector');
    await page.getByTestId('theme').selectOption('light');
    await expect(html).toHaveAttribute('data-theme', 'light');
  });
});
