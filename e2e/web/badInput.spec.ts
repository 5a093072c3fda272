import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

/** Issue 10, item 7: hostile files opened in the app get a located notice, and the open document is kept. */
test.describe('bad input opened in the app (browser build)', () => {
  const head =
    '{"format":"gosched-scenario","version":1,"title":"t","settings":{"cores":1,"seed":1},"program":""';

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  });

  test('a file nested 3 000 levels deep: a located notice, no uncaught error', async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const deep = testInfo.outputPath('deep.gosched');
    await writeFile(deep, `${head},"x":${'['.repeat(3000)}${']'.repeat(3000)}}`);
    await page.getByTestId('open-input').setInputFiles(deep);
    await expect(page.getByTestId('notices')).toContainText(
      `deep.gosched:1:${head.length + 6 + 99}: nested more than 100 levels deep`,
    );
    await expect(page.getByTestId('doc-title')).toHaveText('Untitled');
    expect(errors).toEqual([]);
  });

  test('invalid UTF-8 in a .go file: the position go build reports', async ({ page }, testInfo) => {
    const bad = testInfo.outputPath('main.go');
    const enc = new TextEncoder();
    await writeFile(
      bad,
      new Uint8Array([...enc.encode('package main\n\nfunc main() {\n\t'), 0xff, 0x0a, 0x7d]),
    );
    await page.getByTestId('open-input').setInputFiles(bad);
    await expect(page.getByTestId('notices')).toContainText('main.go:4:2: invalid UTF-8 encoding');
    await expect(page.getByTestId('doc-title')).toHaveText('Untitled');
  });

  test('a "__proto__" key is refused at the key', async ({ page }, testInfo) => {
    const proto = testInfo.outputPath('proto.gosched');
    await writeFile(proto, `${head},"__proto__":{"title":"x"}}`);
    await page.getByTestId('open-input').setInputFiles(proto);
    await expect(page.getByTestId('notices')).toContainText(
      `proto.gosched:1:${head.length + 2}: the key "__proto__" is not allowed`,
    );
  });
});
