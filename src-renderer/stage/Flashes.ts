import type { SchedEvent } from '../../src-engine/sim/events';
import { EMPHASIS_COLORS, emphasesOf, type Emphasis } from './emphasis';
import type { StageLayout } from './layout';
import type { Point } from './motion';

/** How long a steal, hand-off or preemption stays highlighted, ms of wall (or video) time at the pace drawn. */
export const FLASH_MS = 900;

/**
 * The stage's brief highlights: a fading ring on the P card and around the goroutine involved. Each lives on
 * the virtual clock, from its event's time for a given span, so what is drawn at a virtual time depends on
 * that time alone.
 */
export class Flashes {
  /** Live highlights, with the keys of the rings they light (made once: thousands are live at 100 000 Gs). */
  private active: { e: Emphasis; startNs: number; endNs: number; pKey: string; gKey: string }[] = [];

  /**
   * Starts a highlight for every steal, hand-off and preemption in `events`, lasting `durationNs` from the
   * event's own time (or from `startNs` when given: the live player's paused steps).
   */
  add(events: readonly SchedEvent[], durationNs: number, startNs?: number): void {
    if (durationNs <= 0) return;
    for (const ev of events) {
      const t = startNs ?? ev.t;
      for (const e of emphasesOf([ev])) {
        this.lastEndNs = Math.max(this.lastEndNs, t + durationNs);
        this.active.push({
          e,
          startNs: t,
          endNs: t + durationNs,
          pKey: `p${e.p}:${e.kind}`,
          gKey: `g${e.g}:${e.kind}`,
        });
      }
    }
  }

  /** Forgets every highlight (a jump: load, seek). */
  clear(): void {
    this.active = [];
    this.lastEndNs = -Infinity;
  }

  /** Latest end of the highlights added since the last {@link clear} (asked every frame: kept, not searched). */
  private lastEndNs = -Infinity;

  /** Virtual time the last highlight ends, ns (-Infinity with none). */
  get endsNs(): number {
    return this.active.length > 0 ? this.lastEndNs : -Infinity;
  }

  /** Forgets the highlights over by virtual time `tNs` (the clock only goes forwards between jumps). */
  prune(tNs: number): void {
    if (this.active.some((f) => f.endNs <= tNs)) this.active = this.active.filter((f) => f.endNs > tNs);
  }

  /**
   * The rings live at virtual time `tNs`, in the order their place first lights up, and their kinds, each once
   * (published for tests).
   *
   * @remarks One ring per place (a P card or a goroutine) and kind, however many highlights of that kind it has:
   * at 100 000 goroutines thousands of hand-offs on the same few cards overlap within one highlight span, and
   * drawing each as its own ring made a Graphics of millions of vertices per frame (seconds of software
   * rasterising). Overlapping rings of one colour and shape blend to `1 - Π(1 - alpha)`, which is the alpha the
   * one ring gets, so the picture is the same. A token ring is there only while `tokenAt` finds the token.
   */
  rings(
    l: StageLayout,
    tokenAt: (id: number) => (Point & { readonly radius?: number }) | undefined,
    tNs: number,
  ): { rings: Ring[]; kinds: string[] } {
    const kinds = new Set<string>();
    const lit = new Map<string, { kind: Emphasis['kind']; p?: number; g?: number; clear: number }>();
    const light = (key: string, kind: Emphasis['kind'], alpha: number, at: { p?: number; g?: number }) => {
      const r = lit.get(key);
      if (r) r.clear *= 1 - alpha;
      else lit.set(key, { kind, ...at, clear: 1 - alpha });
    };
    for (const { e, startNs, endNs, pKey, gKey } of this.active) {
      if (tNs < startNs || tNs >= endNs) continue;
      const alpha = Math.min(1, (endNs - tNs) / (endNs - startNs));
      if (e.p !== undefined && l.ps[e.p]) light(pKey, e.kind, alpha, { p: e.p });
      // A goroutine whose token is not drawn (most of them at 100 000 goroutines) has no ring: not lit at all,
      // rather than lit and dropped below (thousands of objects per frame).
      if (e.g !== undefined && tokenAt(e.g) !== undefined) light(gKey, e.kind, alpha, { g: e.g });
      kinds.add(e.kind);
    }
    const rings: Ring[] = [];
    for (const [key, r] of lit) {
      const color = EMPHASIS_COLORS[r.kind];
      const alpha = 1 - r.clear;
      const card = r.p === undefined ? undefined : l.ps[r.p];
      if (card) rings.push({ key, color, alpha, card: { x: card.x, y: card.y, w: card.w, h: card.h } });
      const at = r.g === undefined ? undefined : tokenAt(r.g);
      if (at) {
        const radius = ringRadius(at.radius ?? l.token);
        rings.push({ key, color, alpha, token: { at: { x: at.x, y: at.y }, radius } });
      }
    }
    return { rings, kinds: [...kinds] };
  }
}

/**
 * Radius of the ring around a token of radius `r`: 9 px outside a full-size token (10 px), closer around the
 * small dots of a long queue, which a full-size ring would hide under a band of overlapping circles.
 */
export function ringRadius(r: number): number {
  return r + Math.max(4, 0.9 * r);
}

/**
 * One highlight ring: around a P card (`card`, drawn 3 px outside it) or around a goroutine's token (`token`,
 * centred on it), in its kind's colour at `alpha`.
 */
export interface Ring {
  /** Its place and kind (`p2:handoff`, `g7:steal`): the same ring from frame to frame. */
  readonly key: string;
  readonly color: number;
  readonly alpha: number;
  readonly card?: { x: number; y: number; w: number; h: number };
  readonly token?: { at: Point; radius: number };
}
