import type * as PlaywrightCore from 'playwright-core';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for Chromium on machines without a GPU, a sandbox-capable user or network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium honours only one --disable-features flag (Playwright merges its own into it). No spare renderer
  // kept warm for a next navigation: a render page navigates once (about 75 MB saved). Headless Chromium 156
  // also preloads the omnibox popups' WebUI pages (PreloadTopChromeWebUI, WebUIOmniboxPopup,
  // WebUIOmniboxAimPopup) in a renderer of their own, about 150 MB RSS that a render never shows.
  '--disable-features=SpareRendererForSitePerProcess,PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/**
 * Flags for `gosched render` and the export bench: {@link CHROMIUM_ARGS} plus fewer processes for one local page
 * that draws its frames with Canvas 2D. Not for the UI tests: their parallel pages would share one renderer.
 */
export const RENDER_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // The GPU process's work (no GPU; the export stage draws with Canvas 2D) runs in the browser process: one
  // process fewer (about 60 MB RSS, 25 MB PSS at a 4K export).
  '--in-process-gpu',
  // One local page: no site isolation, and one renderer process for it.
  '--disable-site-isolation-trials',
  '--renderer-process-limit=1',
];

/**
 * Finds a Chromium (for `gosched render` and the e2e tests): `CHROMIUM_PATH`, then Playwright's own browser if
 * installed, then Debian's `/usr/bin/chromium`. With none, fails with a message that says how to get one.
 */
export function resolveChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  let own: string | undefined;
  try {
    // Required here, not imported at the top: the command line's script build (cli.cjs) would load
    // playwright-core at every start otherwise.
    const pw = createRequire(import.meta.url)('playwright-core') as typeof PlaywrightCore;
    own = pw.chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return own;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
