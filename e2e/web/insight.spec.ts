import { expect, test, type Page } from '@playwright/test';
import { writeScenarioFile } from '../scenarioFiles';

/** Loads a lesson in the browser build and waits for its first view. */
async function lesson(page: Page, path: string, ps: number): Promise<void> {
  await page.goto('/?perf');
  await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  await page.getByTestId('lessons').selectOption(path);
  await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', String(ps));
}

/** The run's event count as the status bar shows it. */
async function eventCount(page: Page): Promise<number> {
  const t = (await page.getByText(/^\d+ events$/).textContent()) ?? '';
  return Number(t.split(' ')[0]);
}

/** Steps `n` events (each step waits for the count to move). */
async function steps(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = await eventCount(page);
    await page.getByTestId('step').click();
    await expect.poll(() => eventCount(page)).toBeGreaterThan(before);
  }
}

test.describe('understanding every move (browser build)', () => {
  // The machine these run on is shared: generous time, the assertions are what matter.
  test.setTimeout(180_000);

  test('the event list explains each event; clicking one seeks there; it follows the playhead', async ({
    page,
  }, testInfo) => {
    await lesson(page, '01-basics/01-runnext.gosched', 1);
    await steps(page, 3);
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText(' / 5', { timeout: 30_000 });
    await expect(page.getByTestId('play')).toHaveText('Play', { timeout: 30_000 });
    await page.getByTestId('tab-events').click();
    const rows = page.getByTestId('event-rows');
    await expect(rows.locator('.row', { hasText: 'G1, the main goroutine, is created' })).toHaveCount(1);
    await expect(rows.locator('.row.now')).toHaveAttribute('data-seq', String((await eventCount(page)) - 1));
    const newproc = rows.locator('.row', { hasText: 'created by G1 (main), goes to P0' }).first();
    await expect(newproc).toContainText('(runtime.newproc)');
    const seq = Number(await newproc.getAttribute('data-seq'));
    await newproc.click();
    await expect.poll(() => eventCount(page)).toBe(seq + 1);
    await expect(rows.locator('.row.now')).toHaveAttribute('data-seq', String(seq));
    await expect(page.getByTestId('event-detail')).toContainText('a go statement puts the new goroutine');
    // A row cut at the panel's width is read whole, wrapped, in the footer while the pointer is on it.
    const long = rows.locator('.row', { hasText: '(runtime.newproc)' }).last();
    const full = (await long.getAttribute('title')) ?? '';
    expect(full.length).toBeGreaterThan(60);
    await long.hover();
    const detail = page.getByTestId('event-detail');
    await expect(detail).toContainText(full);
    expect(await detail.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // Filter by a goroutine, then by one that never exists.
    await page.getByTestId('filter-g').fill('G1');
    await page.getByTestId('filter-g').press('Enter');
    await expect(rows.locator('.row').first()).toContainText('G1');
    const shot = testInfo.outputPath('event-list.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('event-list', { path: shot, contentType: 'image/png' });
    await page.getByTestId('filter-g').fill('4242');
    await page.getByTestId('filter-g').press('Enter');
    await expect(page.getByTestId('events-empty')).toContainText('No events for G4242');
    await page.getByTestId('filter-g').fill('x7');
    await page.getByTestId('filter-g').press('Enter');
    await expect(page.getByRole('alert')).toContainText('Goroutine must be a number');
  });

  test('the timeline draws lanes; clicking it seeks; dragging selects a span', async ({ page }, testInfo) => {
    await lesson(page, '05-multicore/01-work-stealing.gosched', 4);
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText('1 /', { timeout: 30_000 });
    await expect(page.getByTestId('play')).toHaveText('Play');
    const before = await eventCount(page);
    await page.getByTestId('tab-timeline').click();
    const canvas = page.getByTestId('timeline-canvas');
    await expect(page.getByTestId('timeline-glanes')).toContainText('of');
    const box = (await canvas.boundingBox())!;
    // Click at 30% of the plot on P0's lane: the run seeks back there.
    await page.mouse.click(box.x + 44 + (box.width - 44) * 0.3, box.y + 30);
    await expect.poll(() => eventCount(page)).toBeLessThan(before);
    await expect.poll(() => eventCount(page)).toBeGreaterThan(0);
    // Drag across the middle: a span.
    await page.mouse.move(box.x + 44 + (box.width - 44) * 0.4, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 44 + (box.width - 44) * 0.7, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByTestId('timeline-span')).toContainText('Span');
    const shot = testInfo.outputPath('timeline.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('timeline', { path: shot, contentType: 'image/png' });
  });

  test('the gutter shows goroutines at their lines; clicking a mark selects it on the stage', async ({
    page,
  }, testInfo) => {
    await lesson(page, '02-channels/01-ping-pong.gosched', 1);
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText('1 /', { timeout: 30_000 });
    await expect(page.getByTestId('play')).toHaveText('Play');
    const chip = page.locator('.cm-g-gutter .cm-gchip[data-g]').first();
    await expect(chip).toBeVisible();
    const id = await chip.getAttribute('data-g');
    await chip.click();
    await expect(page.getByTestId('stage')).toHaveAttribute('data-selected', id!);
    await expect(page.locator('.cm-g-current')).toHaveCount(1);
    const shot = testInfo.outputPath('gutter.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('gutter', { path: shot, contentType: 'image/png' });
    // The partner goroutine: created by main at its go statement, which the editor highlights.
    await page.getByTestId('tab-goroutine').click();
    await page.getByTestId('inspect-id').fill('G6');
    await page.getByTestId('inspect-id').press('Enter');
    await expect(page.getByTestId('inspector-created')).toContainText(/by G1, go statement at line \d+/);
    await page.getByTestId('tab-program').click();
    await expect(page.locator('.cm-g-go')).toHaveCount(1);
  });

  test('a breakpoint on the next steal pauses the run and names itself', async ({ page }) => {
    await lesson(page, '05-multicore/01-work-stealing.gosched', 4);
    await page.getByTestId('tab-breakpoints').click();
    await page.getByTestId('bp-event').selectOption('steal');
    await page.getByTestId('bp-add').click();
    await expect(page.getByTestId('bp-list')).toContainText('On a steal');
    // A line with no code is refused with the reason.
    await page.getByTestId('bp-what').selectOption('line');
    await page.getByTestId('bp-value').fill('3');
    await page.getByTestId('bp-add').click();
    await expect(page.getByTestId('bp-error')).toContainText('Line 3 has no code');
    await page.getByTestId('speed').selectOption('100');
    // Play through the lesson's pausing beats until the breakpoint stops the run.
    const banner = page.getByTestId('breakpoint-banner');
    for (let i = 0; i < 6 && !(await banner.isVisible()); i++) {
      await page.getByTestId('play').click();
      await expect(page.getByTestId('play')).toHaveText('Play', { timeout: 30_000 });
    }
    await expect(banner).toContainText('Breakpoint: a steal');
    await expect(page.getByTestId('breakpoint-banner')).toContainText('is stolen from');
    await expect(page.getByTestId('play')).toHaveText('Play');
  });

  test('a line breakpoint pauses where a goroutine reaches a line with no scheduler event', async ({
    page,
  }) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    const file = writeScenarioFile('compute.gosched', {
      title: 'computation only',
      settings: { cores: 2, seed: 1 },
      // Line 11 (total += i * i) only computes: no scheduler event ever carries it.
      program: `package main

import "fmt"

func main() {
	done := make(chan int)
	go func() {
		total := 0
		for i := 0; i < 5; i++ {
			fmt.Println("step", i)
			total += i * i
		}
		done <- total
	}()
	fmt.Println(<-done)
}
`,
    });
    await page.getByTestId('open-input').setInputFiles(file);
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '2');
    await page.getByTestId('tab-breakpoints').click();
    await page.getByTestId('bp-what').selectOption('line');
    await page.getByTestId('bp-value').fill('11');
    await page.getByTestId('bp-add').click();
    await expect(page.getByTestId('bp-list')).toContainText('11');
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    const banner = page.getByTestId('breakpoint-banner');
    await expect(banner).toContainText('a goroutine at line 11', { timeout: 30_000 });
    await expect(banner).toContainText('reaches line 11');
    await expect(page.getByTestId('play')).toHaveText('Play');
  });
});
