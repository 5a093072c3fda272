/**
 * True when a WebGL renderer's name (`UNMASKED_RENDERER_WEBGL`, or `RENDERER`) is a software rasteriser:
 * SwiftShader (Chromium without a GPU), Mesa's llvmpipe / softpipe, or Microsoft's Basic Render Driver.
 */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

let software: boolean | undefined;

/**
 * Whether this page's WebGL is rasterised in software (asked once, on a throwaway context). A live stage then
 * draws without multisample antialiasing: in software it multiplies the cost of every pixel of every frame
 * (measured: 28 → 13 ms a frame for the same scene), while on a GPU it is nearly free and stays on.
 */
export function softwareWebGl(): boolean {
  if (software !== undefined) return software;
  software = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      software = isSoftwareRenderer(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    software = false;
  }
  return software;
}
