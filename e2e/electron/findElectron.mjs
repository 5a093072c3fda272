import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/**
 * Finds the Electron binary without loading the `electron` package, whose `require` tries to download
 * the binary on first use (and hangs or fails where its download host is unreachable).
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectron() {
  const require = createRequire(import.meta.url);
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const rel = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const path = override ? join(override, rel) : join(pkgDir, 'dist', rel);
  return existsSync(path) ? { path } : { missing: `no Electron binary at ${path}` };
}
