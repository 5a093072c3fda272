import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  directories: { buildResources: string };
  files: string[];
  asar?: boolean;
  electronFuses: Record<string, boolean>;
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
  it('flips the Electron fuses that harden the packaged binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Integrity validation and app-from-asar-only mean nothing without an asar archive.
    expect(config.asar).not.toBe(false);
  });
  it('names only fuses electron-builder knows', () => {
    const scheme = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses).filter((k) => !known.includes(k))).toEqual([]);
  });
  it('packages the built app only', () => {
    expect(config.files).toContain('out/**');
  });
});
