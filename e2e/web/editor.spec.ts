import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SCENARIO_VERSION } from '../../src-engine/protocol/scenarioFile/schema';

test.describe('editor and scenario files (browser build)', () => {
  test('a lesson opens; an error shows inline while typing and goes away when fixed; it saves and reopens', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('02-channels/01-ping-pong.gosched');
    await expect(page.getByTestId('doc-title')).toHaveText('Unbuffered ping-pong');
    const content = page.getByTestId('editor-content');
    await expect(content).toContainText('package main');
    await expect(page.getByTestId('diagnostics')).toHaveCount(0);

    await content.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('func f() {');
    await page.keyboard.press('Enter');
    await page.keyboard.type('x := 1');
    const problems = page.getByTestId('diagnostics');
    await expect(problems).toContainText(/main\.go:\d+:2: declared and not used: x/);
    await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(page.getByTestId('restart-prompt')).toBeVisible();
    await expect(page.getByTestId('doc-title')).toHaveText('• Unbuffered ping-pong');

    for (let i = 0; i < 10 && (await problems.count()) > 0; i++) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(150);
    }
    await expect(problems).toHaveCount(0);
    await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);

    await page.getByTestId('tab-settings').click();
    const title = page.getByTestId('settings-form').getByLabel('Title');
    await title.fill('Edited lesson');
    await title.press('Tab');
    await page.getByTestId('settings-cores').fill('2');
    await page.getByTestId('settings-cores').press('Tab');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '2');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('save').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Edited lesson.gosched');
    const saved = testInfo.outputPath('saved.gosched');
    await download.saveAs(saved);
    const doc = JSON.parse(await readFile(saved, 'utf8'));
    expect(doc).toMatchObject({
      format: 'gosched-scenario',
      version: SCENARIO_VERSION,
      title: 'Edited lesson',
      settings: { cores: 2 },
    });
    await expect(page.getByTestId('doc-title')).toHaveText('Edited lesson');

    await page.getByTestId('new').click();
    await expect(page.getByTestId('doc-title')).toHaveText('Untitled');
    await page.getByTestId('open-input').setInputFiles(saved);
    await expect(page.getByTestId('doc-title')).toHaveText('Edited lesson');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '2');
    await page.getByTestId('tab-program').click();
    await expect(content).toContainText('package main');
    expect(await content.textContent()).toContain(
      doc.program.split('\n').find((l: string) => l.includes('func main'))!,
    );
    expect(doc.beats.length).toBeGreaterThan(1);
  });

  test('a corrupt file is refused with a located message and the open document is kept', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    const bad = testInfo.outputPath('broken.gosched');
    await writeFile(bad, '{\n  "format": "gosched-scenario",\n  "version": 1,,\n}');
    await page.getByTestId('open-input').setInputFiles(bad);
    await expect(page.getByTestId('notices')).toContainText('broken.gosched:3:16: invalid JSON');
    await expect(page.getByTestId('doc-title')).toHaveText('Untitled');

    const newer = testInfo.outputPath('newer.gosched');
    await writeFile(
      newer,
      JSON.stringify({
        format: 'gosched-scenario',
        version: 9,
        title: 'x',
        settings: { cores: 1, seed: 1 },
        program: '',
      }),
    );
    await page.getByTestId('open-input').setInputFiles(newer);
    await expect(page.getByTestId('notices')).toContainText('saved by a newer GoSched Studio');
  });

  test('a plain .go file opens with default settings', async ({ page }, testInfo) => {
    await page.goto('/');
    const file = testInfo.outputPath('hello.go');
    await writeFile(file, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n');
    await page.getByTestId('open-input').setInputFiles(file);
    await expect(page.getByTestId('doc-title')).toHaveText('hello');
    await expect(page.getByTestId('editor-content')).toContainText('fmt.Println("hi")');
  });
});
