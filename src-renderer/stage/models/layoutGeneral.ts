/**
 * Lays out a {@link GeneralView} as drawing primitives (boxes, labels, goroutine tokens) for a stage of
 * `width` × `height` px. Pure, so it is tested without a canvas; the model stage only renders the result.
 * Rows, top to bottom: the cores (with the thread and goroutine on each), the kernel's run queue and the lock
 * waiters, the OS threads (with their own queues), the shared queues, and the places goroutines wait.
 */
import type { GStatus } from '../../../src-engine/sim/WorldView';
import type { GeneralView } from './generalView';

export type Tone = 'running' | 'runnable' | 'waiting' | 'syscall' | 'idle' | 'text' | 'muted' | 'border';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly tone: Tone;
}
export interface Label {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly tone: Tone;
}
export interface TokenAt {
  readonly x: number;
  readonly y: number;
  readonly id: number;
  readonly status: GStatus;
}
export interface Drawing {
  readonly boxes: Box[];
  readonly labels: Label[];
  readonly tokens: TokenAt[];
  readonly radius: number;
}

/** Thread state → the colour of the goroutine status it is closest to. */
export function threadTone(state: string): Tone {
  switch (state) {
    case 'running':
    case 'spinning':
    case 'scheduling':
      return 'running';
    case 'ready':
      return 'runnable';
    case 'syscall':
      return 'syscall';
    case 'blocked':
    case 'lock':
    case 'netpoll':
      return 'waiting';
    default:
      return 'idle';
  }
}

const M = 12;

export function layoutGeneral(
  gv: GeneralView,
  width: number,
  height: number,
  statusOf: (id: number) => GStatus,
): Drawing {
  const d: Drawing = { boxes: [], labels: [], tokens: [], radius: 7 };
  const r = d.radius;
  const label = (x: number, y: number, text: string, size = 12, tone: Tone = 'text') =>
    d.labels.push({ x, y, text, size, tone });
  const token = (x: number, y: number, id: number) => d.tokens.push({ x, y, id, status: statusOf(id) });
  /** Tokens in a row from x, up to `maxW` px; the rest as "+n". */
  const row = (x: number, y: number, ids: readonly number[], maxW: number) => {
    const fit = Math.max(0, Math.floor((maxW - 40) / (2 * r + 3)));
    ids.slice(0, fit).forEach((id, i) => token(x + r + i * (2 * r + 3), y, id));
    if (ids.length > fit) label(x + fit * (2 * r + 3) + 2, y - 7, `+${ids.length - fit}`, 11, 'muted');
  };
  label(M, 8, gv.title, 15);
  label(M, height - 18, `${gv.live} goroutines live`, 11, 'muted');
  let y = 32;
  // Cores.
  const nc = gv.cores.length;
  const cw = Math.max(60, Math.min(170, (width - 2 * M) / Math.max(1, nc) - 6));
  const perRow = Math.max(1, Math.floor((width - 2 * M) / (cw + 6)));
  gv.cores.forEach((c, i) => {
    const x = M + (i % perRow) * (cw + 6);
    const yy = y + Math.floor(i / perRow) * 50;
    d.boxes.push({ x, y: yy, w: cw, h: 44, tone: c.thread === null ? 'idle' : 'running' });
    label(x + 6, yy + 4, c.label + (c.note ? ` ${c.note}` : ''), 11, 'muted');
    label(x + 6, yy + 22, c.thread ?? 'idle', 12, c.thread === null ? 'muted' : 'text');
    if (c.task !== null) token(x + cw - r - 8, yy + 27, c.task);
  });
  y += Math.ceil(nc / perRow) * 50 + 4;
  if (gv.kernelRunq.length > 0 || gv.lockWaiters.length > 0) {
    const cap = (xs: readonly string[]) =>
      xs.length > 12 ? `${xs.slice(0, 12).join(' ')} +${xs.length - 12}` : xs.join(' ');
    label(M, y, `waiting for a core: ${cap(gv.kernelRunq) || '—'}`, 12, 'runnable');
    label(width / 2, y, `waiting for the scheduler lock: ${cap(gv.lockWaiters) || '—'}`, 12, 'waiting');
    y += 20;
  }
  // Threads.
  label(M, y, `OS threads (${gv.threads.length})`, 12, 'muted');
  y += 16;
  const tw = 124; // room for "T12 syscall" and the running token beside it
  const th = gv.threads.some((t) => t.queue.length > 0) ? 52 : 34;
  const tPerRow = Math.max(1, Math.floor((width - 2 * M) / (tw + 6)));
  const tRows = Math.max(
    1,
    Math.min(Math.ceil(gv.threads.length / tPerRow), Math.floor((height * 0.35) / (th + 6))),
  );
  const shown = Math.min(gv.threads.length, tRows * tPerRow);
  gv.threads.slice(0, shown).forEach((t, i) => {
    const x = M + (i % tPerRow) * (tw + 6);
    const yy = y + Math.floor(i / tPerRow) * (th + 6);
    d.boxes.push({ x, y: yy, w: tw, h: th, tone: threadTone(t.state) });
    label(x + 5, yy + 3, `${t.label} ${t.state}`, 11);
    if (t.task !== null) token(x + tw - r - 6, yy + 10, t.task);
    if (t.queue.length > 0) row(x + 4, yy + 38, t.queue, tw - 4);
  });
  if (shown < gv.threads.length)
    label(M, y + tRows * (th + 6), `+${gv.threads.length - shown} more threads`, 11, 'muted');
  y += tRows * (th + 6) + (shown < gv.threads.length ? 16 : 4);
  // Shared queues.
  for (const q of gv.queues) {
    if (q.tasks.length === 0 && q.label !== 'globrunq' && q.label !== 'poolq') continue;
    label(M, y + 2, `${q.label} (${q.tasks.length})`, 12, 'muted');
    row(M + 130, y + 9, q.tasks, width - M - 130 - M);
    y += 22;
  }
  // Waits.
  y += 4;
  const ww = 200;
  const wPerRow = Math.max(1, Math.floor((width - 2 * M) / (ww + 6)));
  let i = 0;
  for (const w of gv.waits) {
    const x = M + (i % wPerRow) * (ww + 6);
    const yy = y + Math.floor(i / wPerRow) * 48;
    if (yy + 44 > height) {
      label(M, height - 16, `+${gv.waits.length - i} more places`, 11, 'muted');
      break;
    }
    d.boxes.push({ x, y: yy, w: ww, h: 42, tone: w.label.startsWith('syscall') ? 'syscall' : 'waiting' });
    label(x + 5, yy + 3, `${w.label} (${w.tasks.length})`, 11);
    row(x + 4, yy + 29, w.tasks, ww - 4);
    i++;
  }
  return d;
}

/** Largest magnification of the model stage: a few cores and threads fill a lecture screen, not a corner. */
export const MAX_MODEL_SCALE = 2.5;

/** `d` magnified `s` times (positions, sizes, text and tokens alike). */
function scaled(d: Drawing, s: number): Drawing {
  return {
    boxes: d.boxes.map((b) => ({ ...b, x: b.x * s, y: b.y * s, w: b.w * s, h: b.h * s })),
    labels: d.labels.map((l) => ({ ...l, x: l.x * s, y: l.y * s, size: l.size * s })),
    tokens: d.tokens.map((t) => ({ ...t, x: t.x * s, y: t.y * s })),
    radius: d.radius * s,
  };
}

/**
 * {@link layoutGeneral} magnified to fill `width` × `height`: the largest scale, from {@link MAX_MODEL_SCALE}
 * down to 1 in quarter steps, whose layout shows everything (no "+n more" summary) above the footer line. At
 * scale 1 it is the plain layout, summaries included.
 */
export function layoutGeneralFit(
  gv: GeneralView,
  width: number,
  height: number,
  statusOf: (id: number) => GStatus,
): Drawing {
  for (let s = MAX_MODEL_SCALE; s > 1; s -= 0.25) {
    const w = width / s;
    const h = height / s;
    const d = layoutGeneral(gv, w, h, statusOf);
    // The footer ("n goroutines live") sits 18 px above the bottom; the content must end above it.
    const footerY = h - 18;
    const bottom = Math.max(
      0,
      ...d.boxes.map((b) => b.y + b.h),
      ...d.tokens.map((t) => t.y + d.radius),
      ...d.labels.filter((l) => l.y < footerY).map((l) => l.y + l.size * 1.3),
    );
    const summarised = d.labels.some((l) => /^\+\d+ more /.test(l.text));
    if (!summarised && bottom <= footerY - 4) return scaled(d, s);
  }
  return layoutGeneral(gv, width, height, statusOf);
}
