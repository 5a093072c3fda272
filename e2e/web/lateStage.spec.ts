import { expect, test } from '@playwright/test';

test.describe('a stage that starts late (browser build)', () => {
  test('draws the view that arrived before it started, without waiting for another frame', async ({
    page,
  }) => {
    // The stage's start is held back 3 s: the engine's first view (the loaded, paused program) lands first.
    await page.goto('/?stageDelayMs=3000');
    await expect(page.getByTestId('stage-summary')).toContainText('4 Ps', { timeout: 15_000 });
    const stage = page.getByTestId('stage');
    await expect(stage).not.toHaveAttribute('data-ps-drawn', /.+/);
    // Paused: no further view comes. The late stage must draw the one it missed.
    await expect(stage).toHaveAttribute('data-ps-drawn', '4', { timeout: 15_000 });
    await expect.poll(async () => Number(await stage.getAttribute('data-tokens'))).toBeGreaterThan(0);
  });
});
