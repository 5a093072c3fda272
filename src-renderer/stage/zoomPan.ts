import { panBy, zoomAt, type ViewTransform } from './viewport';

/**
 * Wires the mouse wheel (zoom about the cursor) and dragging (pan, left or middle button) on `canvas` to
 * a view transform the caller owns.
 */
export function attachZoomPan(
  canvas: HTMLCanvasElement,
  get: () => ViewTransform,
  set: (t: ViewTransform) => void,
): void {
  canvas.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      set(zoomAt(get(), Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top));
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | undefined;
  canvas.addEventListener('pointerdown', (e) => {
    if (e.button === 0 || e.button === 1) drag = { x: e.clientX, y: e.clientY };
  });
  window.addEventListener('pointermove', (e) => {
    if (!drag) return;
    set(panBy(get(), e.clientX - drag.x, e.clientY - drag.y));
    drag = { x: e.clientX, y: e.clientY };
  });
  window.addEventListener('pointerup', () => (drag = undefined));
}
