/** Decodes percent-escapes; undefined for a malformed escape (`%E0%A4%A`) instead of a URIError. */
function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * Whether a frame URL belongs to the app itself: the packaged renderer (`file:` under the app's renderer
 * folder) or, in development, the dev server's origin. Used for navigation and for IPC sender checks.
 * Never throws: anything it cannot read (a malformed URL or percent-escape, an encoded `..` or backslash)
 * is not the app.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let u: URL;
  let app: URL;
  try {
    u = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    if (u.protocol !== 'file:' || u.host !== app.host) return false;
    const path = decodePath(u.pathname);
    const dir = decodePath(app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1));
    if (path === undefined || dir === undefined) return false;
    // An escaped separator or parent step (`..%2F`) must not walk out of the renderer folder.
    if (/[\\\0]/.test(path) || path.split('/').includes('..')) return false;
    return path.startsWith(dir);
  }
  return u.origin === app.origin;
}

/** Navigation inside the window is allowed only to the very page it was loaded with (a reload). */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl) && url.split('#')[0] === appUrl.split('#')[0];
}

/**
 * The handler for `will-navigate`, `will-frame-navigate` and `will-redirect`: blocks every navigation
 * but a reload of the app page, and fails closed (a check that throws blocks too).
 */
export function navigationGuard(appUrl: string): (event: { preventDefault(): void }, url: string) => void {
  return (event, url) => {
    let allowed = false;
    try {
      allowed = isAllowedNavigation(url, appUrl);
    } catch {
      allowed = false;
    }
    if (!allowed) event.preventDefault();
  };
}
