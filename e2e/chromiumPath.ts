// One finder for the tests and `gosched render`: see src-engine/host/cli/chromium.ts.
export { CHROMIUM_ARGS, resolveChromium } from '../src-engine/host/cli/chromium';
