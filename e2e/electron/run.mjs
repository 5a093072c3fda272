import { spawnSync } from 'node:child_process';
import { findElectron } from './findElectron.mjs';

// Runs the desktop-shell e2e (Playwright `_electron`) where an Electron binary exists, and otherwise
// says in one line that it skipped and why, so `npm test` stays green on machines that cannot download it.
const found = findElectron();
if ('missing' in found) {
  console.log(
    `electron e2e: skipped — ${found.missing} (Electron's binary download is unreachable on this machine; ` +
      'run `npx install-electron` where it is reachable, or set ELECTRON_OVERRIDE_DIST_PATH).',
  );
  process.exit(0);
}
const args = ['playwright', 'test', '--config', 'e2e/playwright.electron.config.ts'];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = headless && spawnSync('which', ['xvfb-run']).status === 0;
const cmd = hasXvfb ? 'xvfb-run' : 'npx';
const result = spawnSync(cmd, hasXvfb ? ['-a', 'npx', ...args] : args, {
  stdio: 'inherit',
  env: { ...process.env, GOSCHED_ELECTRON_PATH: found.path },
});
process.exit(result.status ?? 1);
