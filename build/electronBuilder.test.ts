import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  directories: { buildResources: string };
  files: string[];
  fileAssociations: { ext: string }[];
  linux: { target: string[]; icon: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
}

const config = load(
  readFileSync(resolve(import.meta.dirname, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('electron-builder config', () => {
  it('builds AppImage and deb, dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });
  it('associates .gosched files with the app', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toContain('gosched');
  });
  it('names icons that exist in build/', () => {
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) {
      expect(existsSync(resolve(import.meta.dirname, icon))).toBe(true);
    }
  });
  it('packages the built app only', () => {
    expect(config.files).toContain('out/**');
  });
});
