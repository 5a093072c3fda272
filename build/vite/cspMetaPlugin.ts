import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/csp.ts';

/**
 * Writes the app's Content-Security-Policy into index.html as a meta tag, from the one definition in
 * `src-main/security/csp.ts`, so the packaged app (file://) and the browser build enforce the same policy.
 * `frame-ancestors` is dropped there because browsers ignore it in a meta tag.
 */
export function cspMetaPlugin(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'gosched:csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
