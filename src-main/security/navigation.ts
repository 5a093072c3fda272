/**
 * Whether a frame URL belongs to the app itself: the packaged renderer (`file:` under the app's renderer
 * folder) or, in development, the dev server's origin. Used for navigation and for IPC sender checks.
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
    const dir = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1);
    return u.protocol === 'file:' && u.host === app.host && decodeURI(u.pathname).startsWith(decodeURI(dir));
  }
  return u.origin === app.origin;
}

/** Navigation inside the window is allowed only to the very page it was loaded with (a reload). */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl) && url.split('#')[0] === appUrl.split('#')[0];
}
