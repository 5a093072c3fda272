import { expect, test, type Page } from '@playwright/test';

/**
 * Golden images of fixed (lesson, seed, event) states, light and dark. Reduced motion makes every move
 * snap, and only the stage is captured, so nothing here depends on timing.
 */
const STATES = [
  { lesson: '02-channels/03-close-wakes-all.gosched', steps: 30, name: 'close-wakes-all' },
  { lesson: '04-blocking/01-blocking-syscall.gosched', steps: 14, name: 'blocking-syscall' },
];

async function openAt(page: Page, lesson: string, steps: number, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByTestId('theme').selectOption(theme);
  await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  await page.getByTestId('lessons').selectOption(lesson);
  const events = page.getByText(/^\d+ events$/);
  await expect(events).toHaveText(/^\d+ events$/);
  const start = Number((await events.textContent())!.split(' ')[0]);
  for (let i = 0; i < steps; i++) await page.getByTestId('step').click();
  await expect(events).toHaveText(`${start + steps} events`);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
}

for (const s of STATES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`stage golden image: ${s.name} after ${s.steps} steps, ${theme}`, async ({ page }) => {
      await openAt(page, s.lesson, s.steps, theme);
      await expect(page.getByTestId('stage')).toHaveScreenshot(`${s.name}-${theme}.png`, {
        maxDiffPixelRatio: 0.01,
        animations: 'disabled',
      });
    });
  }
}
