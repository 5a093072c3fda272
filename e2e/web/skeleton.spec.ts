import { expect, test } from '@playwright/test';

test.describe('walking skeleton (browser build)', () => {
  test('draws as many Ps as cores, and Play brings a goroutine onto a P', async ({ page }, testInfo) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto('/');
    const stage = page.getByTestId('stage');
    await expect(stage.locator('canvas')).toBeVisible();
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);

    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
    await expect(page.getByTestId('stage-summary')).toHaveAttribute('data-ps', '4');

    const cores = page.getByTestId('cores');
    await cores.fill('6');
    await cores.press('Enter');
    await expect(stage).toHaveAttribute('data-ps-drawn', '6');
    await expect(page.getByTestId('stage-summary')).toHaveAttribute('data-ps', '6');

    // At virtual time 0 the runtime has started and main runs on P0.
    await expect(stage).toHaveAttribute('data-tokens-on-ps', '1');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveText('Pause');
    // The demo's workers reach the other Ps.
    await expect
      .poll(async () => Number(await stage.getAttribute('data-tokens-on-ps')), { timeout: 30_000 })
      .toBeGreaterThan(1);
    await expect
      .poll(async () => Number(await page.getByTestId('stage-summary').getAttribute('data-running')))
      .toBeGreaterThan(0);

    const shot = testInfo.outputPath('stage-playing.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('stage-playing', { path: shot, contentType: 'image/png' });
    expect(pageErrors).toEqual([]);
  });

  test('Step advances one event at a time, and Pause stops the clock', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    const events = page.getByText(/^\d+ events$/);
    const count = async () => Number((await events.textContent())?.split(' ')[0]);
    await expect(events).toHaveText(/^\d+ events$/);
    const start = await count();
    await page.getByTestId('step').click();
    await expect(events).toHaveText(`${start + 1} events`);
    await page.getByTestId('step').click();
    await expect(events).toHaveText(`${start + 2} events`);

    await page.getByTestId('play').click();
    await expect.poll(count).toBeGreaterThan(start + 2);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveText('Play');
    const paused = await events.textContent();
    await page.waitForTimeout(500);
    await expect(events).toHaveText(paused!);
  });

  test('an out-of-range core count is refused and the setting stays', async ({ page }) => {
    await page.goto('/');
    const stage = page.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
    const cores = page.getByTestId('cores');
    await cores.fill('300');
    await cores.press('Enter');
    await expect(cores).toHaveValue('4');
    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
  });

  test('256 cores fit on the stage', async ({ page }) => {
    await page.goto('/');
    const cores = page.getByTestId('cores');
    await cores.fill('256');
    await cores.press('Enter');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '256');
  });
});

test.describe('transport (browser build)', () => {
  test('Back steps one event backwards and the scrub bar jumps in virtual time', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    const events = page.getByText(/^\d+ events$/);
    const count = async () => Number((await events.textContent())?.split(' ')[0]);
    const start = await count();
    for (let i = 0; i < 6; i++) await page.getByTestId('step').click();
    await expect(events).toHaveText(`${start + 6} events`);
    await page.getByTestId('step-back').click();
    await expect(events).toHaveText(`${start + 5} events`);
    await page.getByTestId('step').click();
    await expect(events).toHaveText(`${start + 6} events`);

    const time = page.getByTestId('virtual-time');
    await expect(time).not.toHaveText('t = 0 ns');
    await page.getByTestId('scrub').evaluate((el: HTMLInputElement) => {
      el.value = '0';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(time).toHaveText('t = 0 ns');
    await expect(events).toHaveText(`${start} events`);
  });
});
