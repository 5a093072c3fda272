import type { GoschedBridge } from '../src-main/preload/bridge';

declare global {
  interface Window {
    /** Present only in the desktop app (the preload exposes it). */
    readonly gosched?: GoschedBridge;
  }
}
export {};
