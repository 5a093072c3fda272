import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');

async function launch(...args: string[]): Promise<ElectronApplication> {
  const executablePath = process.env['GOSCHED_ELECTRON_PATH'];
  if (!executablePath) throw new Error('run through e2e/electron/run.mjs, which finds the Electron binary');
  return electron.launch({ executablePath, args: ['--no-sandbox', root, ...args], cwd: root });
}

test.describe('desktop shell', () => {
  test('opens the window, connects to the engine utility process, and plays', async () => {
    const app = await launch('--cores', '3');
    try {
      const page = await app.firstWindow();
      const stage = page.getByTestId('stage');
      await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
      await expect(stage).toHaveAttribute('data-ps-drawn', '3');
      await page.getByTestId('play').click();
      await expect.poll(async () => Number(await stage.getAttribute('data-tokens-on-ps'))).toBeGreaterThan(0);
      await page.screenshot({ path: test.info().outputPath('electron-stage.png') });
    } finally {
      await app.close();
    }
  });

  test('keeps the page isolated from Node and exposes only the small bridge', async () => {
    const app = await launch();
    try {
      const page = await app.firstWindow();
      const probe = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys(window.gosched ?? {}).sort(),
      }));
      expect(probe).toEqual({
        require: 'undefined',
        process: 'undefined',
        // The whole bridge, on purpose: growing it should be a reviewed change.
        bridge: [
          'autosave',
          'closeWindow',
          'confirmDiscard',
          'discardAutosave',
          'exportGo',
          'kind',
          'launchInfo',
          'onCommand',
          'openDialog',
          'openDropped',
          'platform',
          'reportState',
          'save',
        ],
      });
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('an unknown option and a missing scenario get clear notices, and the app still opens', async () => {
    const app = await launch('--frobnicate', 'no/such/lesson.gosched');
    try {
      const page = await app.firstWindow();
      const notices = page.getByTestId('notices');
      await expect(notices).toContainText('unknown option --frobnicate');
      await expect(notices).toContainText('lesson.gosched: the file does not exist');
      await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
    } finally {
      await app.close();
    }
  });

  test('restarts a killed engine and reloads the scenario', async () => {
    const app = await launch();
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
      await app.evaluate(async ({ app: electronApp }) => {
        const engine = electronApp
          .getAppMetrics()
          .find((m) => m.type === 'Utility' && m.serviceName === 'GoSched engine');
        if (engine) process.kill(engine.pid, 'SIGKILL');
      });
      await expect(page.getByTestId('notices')).toContainText('was restarted');
      await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
    } finally {
      await app.close();
    }
  });
});

test.describe('desktop files', () => {
  test('a scenario opened from the command line saves in place with Ctrl+S', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gosched-e2e-'));
    const file = join(dir, 'lesson.gosched');
    await writeFile(
      file,
      JSON.stringify({
        format: 'gosched-scenario',
        version: 1,
        title: 'Before',
        settings: { cores: 2, seed: 1 },
        program: 'package main\n\nfunc main() {}\n',
      }),
    );
    const app = await launch(file);
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('doc-title')).toHaveText('Before');
      await page.getByTestId('tab-settings').click();
      const title = page.getByTestId('settings-form').getByLabel('Title');
      await title.fill('After');
      await title.press('Tab');
      await expect(page.getByTestId('doc-title')).toHaveText('• After');
      await page.keyboard.press('Control+S');
      await expect(page.getByTestId('doc-title')).toHaveText('After');
      await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).title).toBe('After');
    } finally {
      await app.close();
    }
  });

  test('main writes no path the page names: a path in place of a file token is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gosched-e2e-'));
    const victim = join(dir, 'victim.gosched');
    await writeFile(victim, 'keep me');
    const app = await launch();
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
      const outcome = await page.evaluate(async (path) => {
        const scenario = {
          $schema: 'x',
          format: 'gosched-scenario',
          version: 1,
          title: 'forged',
          description: '',
          settings: { cores: 1, seed: 1 },
          program: 'package main\n\nfunc main() {}\n',
          beats: [],
          view: {},
        };
        try {
          await window.gosched?.save(scenario as never, path, false);
          return 'saved';
        } catch {
          return 'refused';
        }
      }, victim);
      expect(outcome).toBe('refused');
      expect(await readFile(victim, 'utf8')).toBe('keep me');
    } finally {
      await app.close();
    }
  });

  test('closing with unsaved changes asks first, and Cancel keeps the window', async () => {
    const app = await launch();
    try {
      const page = await app.firstWindow();
      await page.getByTestId('tab-settings').click();
      const title = page.getByTestId('settings-form').getByLabel('Title');
      await title.fill('Unsaved');
      await title.press('Tab');
      await app.evaluate(({ dialog }) => {
        (globalThis as { asked?: string[] }).asked = [];
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const opts = args.at(-1) as { message: string };
          (globalThis as { asked?: string[] }).asked!.push(opts.message);
          return { response: 2, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      });
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
      await expect
        .poll(() => app.evaluate(() => (globalThis as { asked?: string[] }).asked))
        .toEqual(['Do you want to save the changes to Unsaved.gosched?']);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.evaluate(({ app: a }) => a.exit(0)).catch(() => undefined);
    }
  });
});
