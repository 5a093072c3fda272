import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { blockingIO, cpuAndSyscall, fairness, pingPong } from '../../src-engine/sim/models/workloads';
import { writeScenarioFile, type TestScenario } from '../scenarioFiles';

async function openScenario(page: Page, name: string, scenario: TestScenario): Promise<void> {
  await page.getByTestId('open-input').setInputFiles(writeScenarioFile(name, scenario));
}

test.describe('scheduler models (browser build)', () => {
  test('a scenario naming a model runs under it: the status bar and the model stage name it', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await openScenario(page, 'n1.gosched', {
      title: 'N:1 and a blocking syscall',
      settings: { cores: 4, seed: 1, model: 'n-to-1' },
      program: cpuAndSyscall(3, 2, 2),
    });
    await expect(page.getByTestId('engine-status')).toHaveText('N:1 (green threads on one OS thread)');
    const stage = page.getByTestId('model-stage');
    await expect(stage).toBeVisible();
    await expect(stage).toHaveAttribute('data-model', 'n-to-1');
    await expect(page.getByTestId('stage')).toBeHidden();
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('ended')).toContainText('exit status 0', { timeout: 60_000 });
    await page.screenshot({ path: testInfo.outputPath('n-to-1-stage.png') });
    // The event list explains the model's events in its own terms (its registered table): G2's blocking
    // syscall freezes every task of N:1.
    await page.getByTestId('tab-events').click();
    await page.getByTestId('filter-g').fill('G2');
    await page.getByTestId('filter-g').press('Enter');
    const syscall = page
      .getByTestId('event-rows')
      .locator('.row', { hasText: 'every task is frozen' })
      .first();
    await expect(syscall).toBeVisible();
    await expect(syscall).toContainText('G2 moves from running on T0 to a system call on T0');
    // Back to Go from the settings form: the Go stage returns.
    await page.getByTestId('tab-settings').click();
    await page.getByTestId('settings-model').selectOption('go');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await expect(page.getByTestId('stage')).toBeVisible();
  });

  test('a road-to-M:P:N lesson runs under its model and stops at its beat', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('07-road-to-mpn/04-n-to-1-blocking-syscall.gosched');
    await expect(page.getByTestId('engine-status')).toHaveText('N:1 (green threads on one OS thread)');
    await expect(page.getByTestId('model-stage')).toHaveAttribute('data-model', 'n-to-1');
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    const beat = page.getByTestId('beat');
    await expect(beat).toContainText('T0 is in the kernel', { timeout: 60_000 });
    await expect(page.getByTestId('play')).toHaveText('Play');
    await page.screenshot({ path: testInfo.outputPath('lesson-n-to-1-syscall.png') });
  });

  const workloads: [string, string, number][] = [
    ['ping-pong', pingPong(100, 10), 4],
    ['cpu-and-syscall', cpuAndSyscall(8, 5, 3), 8],
    ['blocking-io', blockingIO(200, 2), 8],
    ['fairness', fairness(30, 5), 1],
  ];
  for (const [name, program, cores] of workloads) {
    test(`the comparison view runs ${name} under six models in step, with its table and CSV`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
      await openScenario(page, `${name}.gosched`, { title: name, settings: { cores, seed: 1 }, program });
      await expect(page.getByTestId('doc-title')).toHaveText(name);
      await page.getByTestId('compare-open').click();
      const cmp = page.getByTestId('compare');
      await expect(cmp).toBeVisible();
      await page.getByTestId('compare-model-os-threads').uncheck();
      for (const m of ['thread-pool', 'per-thread-queues'])
        await page.getByTestId(`compare-model-${m}`).check();
      await page.getByTestId('compare-restart').click();
      await expect(page.locator('[data-testid^="compare-pane-"]')).toHaveCount(6);
      // Part way: every pane at the same virtual time.
      await page.getByTestId('compare-speed').selectOption('10');
      await page.getByTestId('compare-play').click();
      await page.waitForTimeout(1500);
      await page.getByTestId('compare-play').click();
      await page.screenshot({ path: testInfo.outputPath(`compare-${name}-midway.png`) });
      await page.getByTestId('compare-speed').selectOption('100000');
      await page.getByTestId('compare-play').click();
      await expect(page.getByTestId('compare-play')).toBeDisabled({ timeout: 150_000 });
      const rows = page.getByTestId('compare-table').locator('tbody tr');
      await expect(rows).toHaveCount(6);
      await expect(rows.first()).not.toContainText('running…');
      await page.screenshot({ path: testInfo.outputPath(`compare-${name}.png`) });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('compare-csv').click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8')
        .trim()
        .split('\r\n');
      expect(csv).toHaveLength(7);
      expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual([
        'n-to-1',
        'one-to-one',
        'thread-pool',
        'global-queue',
        'per-thread-queues',
        'go',
      ]);
    });
  }
});
