import { isAppUrl } from './navigation';

/**
 * Web permissions the app's own page may use; every other permission, and any permission asked from
 * anywhere else, is denied. Sanitized clipboard writes (copying output or a log) are the only one.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * The decision behind both the permission request and the permission check handler: deny by default.
 * `requestingUrl` is the URL (or origin) of the frame that asks; missing means unknown, so denied.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  appUrl: string,
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || !requestingUrl) return false;
  return isAppUrl(requestingUrl, appUrl);
}
