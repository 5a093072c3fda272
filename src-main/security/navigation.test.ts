import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedNavigation, isAppUrl } from './navigation';
import { secureWebPreferences } from './webPreferences';

const packaged = 'file:///opt/GoSched/resources/app.asar/out/renderer/index.html';
const dev = 'http://localhost:5173/';

describe('isAppUrl (IPC sender check)', () => {
  it('accepts the packaged renderer and its own files', () => {
    expect(isAppUrl(packaged, packaged)).toBe(true);
    expect(isAppUrl('file:///opt/GoSched/resources/app.asar/out/renderer/other.html', packaged)).toBe(true);
  });
  it('rejects other files, other origins and garbage', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('https://example.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });
  it('accepts the dev server origin in development', () => {
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only a reload of the app page', () => {
    expect(isAllowedNavigation(packaged + '#x', packaged)).toBe(true);
    expect(
      isAllowedNavigation('file:///opt/GoSched/resources/app.asar/out/renderer/other.html', packaged),
    ).toBe(false);
    expect(isAllowedNavigation('https://example.com/', packaged)).toBe(false);
  });
});

describe('renderer security settings', () => {
  it('keeps isolation, the sandbox and no Node integration', () => {
    const prefs = secureWebPreferences('/p/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });
  it('forbids eval, remote scripts and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
