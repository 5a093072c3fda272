import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedExternalLink } from './externalLinks';
import { isAllowedNavigation, isAppUrl, navigationGuard } from './navigation';
import { isPermissionAllowed } from './permissions';

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

describe('a file: URL with a malformed percent-escape (the guard used to throw and so not block)', () => {
  const malformed = [
    'file:///opt/GoSched/resources/app.asar/out/renderer/%E0%A4%A',
    'file:///opt/GoSched/resources/app.asar/out/renderer/index.html%',
    'file:///etc/%zz',
  ];
  it.each(malformed)('%s is not the app, and checking it does not throw', (url) => {
    expect(() => isAppUrl(url, packaged)).not.toThrow();
    expect(isAppUrl(url, packaged)).toBe(false);
    expect(isAllowedNavigation(url, packaged)).toBe(false);
  });
  it.each(malformed)('the navigation guard blocks %s', (url) => {
    let prevented = 0;
    navigationGuard(packaged)({ preventDefault: () => void prevented++ }, url);
    expect(prevented).toBe(1);
  });
  it('an escaped parent step does not walk out of the renderer folder', () => {
    expect(
      isAppUrl('file:///opt/GoSched/resources/app.asar/out/renderer/..%2F..%2Fsecret.html', packaged),
    ).toBe(false);
    expect(isAppUrl('file:///opt/GoSched/resources/app.asar/out/renderer/x%5C..%5Cy', packaged)).toBe(false);
  });
  it('the guard lets a reload of the app page through', () => {
    let prevented = 0;
    navigationGuard(packaged)({ preventDefault: () => void prevented++ }, packaged);
    expect(prevented).toBe(0);
  });
});

describe('isAllowedExternalLink (shell.openExternal)', () => {
  it("opens the project's own https links", () => {
    expect(isAllowedExternalLink('https://gosched.dev/')).toBe(true);
    expect(isAllowedExternalLink('https://gosched.dev/docs/lessons#channels')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'https://gosched.dev.evil.example/',
    'https://evil.example/?https://gosched.dev/',
    'https://gosched.dev@evil.example/',
    'https://user:pw@gosched.dev/',
    'https://gosched.dev:8443/',
    'http://gosched.dev/',
    'file:///etc/passwd',
    'smb://host/share',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false);
  });
});

describe('isPermissionAllowed (permission request and check handlers)', () => {
  it('denies by default, even to the app page', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'hid', 'fullscreen', 'unknown'])
      expect(isPermissionAllowed(p, packaged, packaged)).toBe(false);
  });
  it('allows a sanitized clipboard write to the app page only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', packaged, packaged)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', packaged)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, packaged)).toBe(false);
    expect(isPermissionAllowed('clipboard-read', packaged, packaged)).toBe(false);
  });
});

/**
 * The web preferences of every `new BrowserWindow({...})` in main, read from the source as written (they are
 * a literal there so that electronegativity can read them too): key → `true`, `false` or the expression text.
 */
function browserWindowPreferences(): Record<string, unknown>[] {
  const path = resolve(import.meta.dirname, '../index.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Record<string, unknown>[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0];
      const prefs =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText() === 'webPreferences')
          : undefined;
      const literal: Record<string, unknown> = {};
      if (prefs && ts.isPropertyAssignment(prefs) && ts.isObjectLiteralExpression(prefs.initializer)) {
        for (const p of prefs.initializer.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const kind = p.initializer.kind;
          literal[p.name.getText()] =
            kind === ts.SyntaxKind.TrueKeyword
              ? true
              : kind === ts.SyntaxKind.FalseKeyword
                ? false
                : p.initializer.getText();
        }
      }
      found.push(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer security settings', () => {
  it('every window is isolated and sandboxed, with no Node integration, written as a literal', () => {
    const windows = browserWindowPreferences();
    expect(windows.length).toBeGreaterThan(0);
    for (const prefs of windows)
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: "'Auxclick'",
      });
  });
  it('forbids eval, remote scripts and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
