/**
 * The renderer's Content-Security-Policy: only the app's own scripts, no eval, no remote content.
 *
 * @remarks `style-src 'unsafe-inline'` is needed by Svelte's scoped styles set through `style=`
 * attributes; `worker-src blob:` by Pixi's image-decoding worker. Nothing may be fetched from the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
