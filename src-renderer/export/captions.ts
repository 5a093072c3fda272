import { frameAt, type FramePlan } from './plan';

/** A caption shown over a span of the video. */
export interface CaptionCue {
  readonly startS: number;
  readonly endS: number;
  readonly text: string;
}

/** The captions of a plan, each from the first frame that shows it to the first that does not. */
export function captionCues(plan: FramePlan): CaptionCue[] {
  const cues: CaptionCue[] = [];
  let open: { start: number; text: string } | undefined;
  const close = (end: number): void => {
    if (open) cues.push({ startS: open.start / plan.fps, endS: end / plan.fps, text: open.text });
    open = undefined;
  };
  // Captions change only at segment starts.
  for (const s of plan.segments) {
    const text = frameAt(plan, s.firstFrame).caption;
    if (text === open?.text) continue;
    close(s.firstFrame);
    if (text !== null) open = { start: s.firstFrame, text };
  }
  close(plan.frameCount);
  return cues;
}

/** `hh:mm:ss.ttt`, as WebVTT writes times. */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT file of the cues (text made safe: no `-->`, no blank lines, `&` and `<` escaped). */
export function toWebVtt(cues: readonly CaptionCue[]): string {
  const body = cues.map((c, i) => {
    const text = c.text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/-->/g, '→')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .join('\n');
    return `${i + 1}\n${vttTime(c.startS)} --> ${vttTime(c.endS)}\n${text}\n`;
  });
  return ['WEBVTT', '', ...body].join('\n');
}
