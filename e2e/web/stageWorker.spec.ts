import { expect, test } from '@playwright/test';
import { writeScenarioFile } from '../scenarioFiles';

const program = `package main

import "time"

func main() {
\tfor i := 0; i < 3; i++ {
\t\tgo func() { time.Sleep(time.Second) }()
\t}
\ttime.Sleep(2 * time.Second)
}
`;

// The app draws its stage in a worker (on a canvas handed to it), and in the page where it cannot
// (`?stage=main` forces that): a person sees and does the same on either.
for (const thread of ['worker', 'page'] as const)
  test(`a stage drawn in the ${thread}: hovering a token names it, a tap follows it, the wheel zooms and Fit comes back`, async ({
    page,
  }) => {
    await page.goto(`/?perf${thread === 'page' ? '&stage=main' : ''}`);
    const stage = page.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-stage-thread', thread);
    await page
      .getByTestId('open-input')
      .setInputFiles(
        writeScenarioFile('hover.gosched', { title: 'hover', settings: { cores: 2, seed: 1 }, program }),
      );
    await expect(stage).toHaveAttribute('data-ps-drawn', '2');
    const positionOf = (id: number) =>
      page.evaluate(
        (g) =>
          (
            window as unknown as {
              __goschedStage: { screenPositionOf(id: number): { x: number; y: number } | undefined };
            }
          ).__goschedStage.screenPositionOf(g),
        id,
      );
    await expect.poll(() => positionOf(1)).toBeDefined();
    const at = (await positionOf(1))!;
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect(page.getByTestId('tooltip')).toContainText('G1');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(stage).toHaveAttribute('data-selected', '1');
    await expect(page.getByTestId('selected-goroutine')).toContainText('G1');
    // Off the tokens, in the stage's empty bottom-right corner: no tooltip; a tap there ends the following.
    await page.mouse.move(box.x + box.width - 8, box.y + box.height - 8);
    await expect(page.getByTestId('tooltip')).toHaveCount(0);
    await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
    await expect(stage).toHaveAttribute('data-selected', '');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect(stage).not.toHaveAttribute('data-zoom', '1.00');
    await page.getByTestId('fit').click();
    await expect(stage).toHaveAttribute('data-zoom', '1.00');
  });

test('when the stage worker cannot start, the page draws the stage itself', async ({ page }) => {
  await page.goto('/?perf&stageWorkerFails');
  const stage = page.getByTestId('stage');
  await expect(stage).toHaveAttribute('data-stage-thread', 'page');
  await expect(stage).toHaveAttribute('data-ps-drawn', '4');
  await expect.poll(async () => Number(await stage.getAttribute('data-tokens'))).toBeGreaterThan(0);
});
