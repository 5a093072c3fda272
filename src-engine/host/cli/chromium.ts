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
  // No spare renderer kept warm for a next navigation: a render page navigates once (about 75 MB saved).
  '--disable-features=SpareRendererForSitePerProcess',
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
