import type { WebPreferences } from 'electron';

/**
 * The renderer's web preferences: isolated, sandboxed, no Node. The preload is built as CommonJS
 * because a sandboxed preload cannot be an ES module.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}
