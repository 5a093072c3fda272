import { BitmapText, Container, Graphics, GraphicsContext } from 'pixi.js';
import type { GStatus } from '../../src-engine/sim/WorldView';
import { STAGE_FONT } from './glyphs';
import { circleOn, currentCurves } from './shapes';
import { SharedContexts, SharedLook } from './sharedContexts';
import { motionAt, motionDone, restingAt, retarget, type Motion, type Point } from './motion';
import { fontPx, G_COLORS, STAGE } from './palette';
import { fittedIdPx } from './tokenLabel';

/** How long a move between two places takes on screen, ms of wall (or video) time at the pace drawn. */
export const MOVE_MS = 320;

/** Disc geometry by look (status colour, radius, theme), shared by every token of that look. */
const DISCS = new SharedContexts();

/** A token's disc: a filled circle, or a ring with a pale fill for a runnable goroutine. */
function discContext(status: GStatus, r: number, color: number): GraphicsContext {
  const g = circleOn(new GraphicsContext(), 0, 0, r);
  if (status === '_Grunnable')
    return g.fill({ color, alpha: 0.25 }).stroke({ width: Math.max(1.5, r / 5), color });
  return g.fill({ color });
}

/**
 * One goroutine on the stage: a disc (ring while runnable) with its id, moving along an arc to the place
 * the engine says it is. Pooled and reused by {@link TokenPool}.
 */
export class Token {
  readonly view = new Container();
  private readonly disc = new Graphics();
  /** The shared geometry the disc shows (tokens swap looks; none re-tessellates its own). */
  private readonly look = new SharedLook(DISCS);
  /** The id label, made the first time the token is big enough to show one (dots in long queues have none). */
  /**
   * Always a `BitmapText`, whatever the renderer (unlike the chrome's labels, see `labels.ts`): ids change
   * whenever the pool hands the token to another goroutine — dozens of times a frame in a crowded run — and a
   * bitmap label needs nothing made for a new text, where a canvas `Text` measures and draws a new picture.
   */
  private label: BitmapText | undefined;
  private labelId = -1;
  /** The current move, on the virtual clock (see {@link Motion}). */
  private motion: Motion = restingAt({ x: 0, y: 0 });
  private radius = 0;
  private status: GStatus | undefined;
  /** Digits of the id last shown (whether its label fits depends on them). */
  private digits = 0;
  /** Background of the palette the token was drawn in (a theme change redraws it). */
  private palette = -1;
  id = 0;

  constructor() {
    this.view.addChild(this.disc);
    this.view.eventMode = 'static';
    this.view.cursor = 'pointer';
  }

  /** Shows goroutine `id` with `status` at radius `r`, redrawing only what changed. */
  show(id: number, status: GStatus, r: number): void {
    this.id = id;
    // Drawn in goroutine order whatever the pool's history, so overlaps look the same every time.
    if (this.view.zIndex !== id) this.view.zIndex = id;
    // The pool hands tokens from one goroutine to another: the label follows the id it shows, not `id`.
    if (this.label !== undefined && this.labelId !== id) {
      this.label.text = String(id);
      this.labelId = id;
    }
    // Whether an id fits its disc depends on its number of digits, so a change of length redraws the label.
    const digits = id < 10 ? 1 : String(id).length;
    if (
      status === this.status &&
      r === this.radius &&
      this.palette === STAGE.background &&
      digits === this.digits
    )
      return;
    this.digits = digits;
    this.status = status;
    this.radius = r;
    this.palette = STAGE.background;
    const color = G_COLORS[status];
    this.view.hitArea = { contains: (x: number, y: number) => x * x + y * y <= (r + 2) * (r + 2) };
    const context = this.look.use(`${status}|${r}|${color}|${currentCurves()}`, () =>
      discContext(status, r, color),
    );
    if (context) this.disc.context = context;
    // The id at the theme's smallest legible size, or none when that does not fit inside the disc.
    const size = fittedIdPx(
      id,
      fontPx(Math.max(6, Math.min(13, r * 0.9)) * Math.min(1.3, STAGE.fontScale)),
      r,
    );
    if (r < 5 || size < fontPx(6) || size > r * 1.45) {
      if (this.label) this.label.visible = false;
      return;
    }
    const label = (this.label ??= this.makeLabel());
    label.text = String(id);
    this.labelId = id;
    // A runnable G is a ring with a pale fill: its id needs the theme's text colour, not white.
    label.style.fill = status === '_Grunnable' ? STAGE.text : 0xffffff;
    label.style.fontSize = size;
    label.visible = true;
  }

  private makeLabel(): BitmapText {
    const label = new BitmapText({
      text: '',
      style: { fill: 0xffffff, fontSize: 11, fontFamily: STAGE_FONT, fontWeight: '600' },
    });
    label.anchor.set(0.5);
    this.view.addChild(label);
    return label;
  }

  /**
   * Sends the token to `target`, setting off at virtual time `startNs` for `durationNs` (0, or `snap`: it is
   * there at once). A target it is already headed for changes nothing. Returns whether the motion changed.
   */
  moveTo(target: Point, startNs: number, durationNs: number, snap: boolean): boolean {
    const to = this.motion.to;
    if (target.x === to.x && target.y === to.y && !snap) return false;
    this.motion = snap ? restingAt(target) : retarget(this.motion, target, startNs, durationNs);
    return true;
  }

  /** Draws the token where its motion has it at virtual time `tNs`. */
  update(tNs: number): void {
    const p = motionAt(this.motion, tNs);
    this.view.position.set(p.x, p.y);
  }

  /** True when the token rests (its move, if any, is over) at virtual time `tNs`. */
  settledAt(tNs: number): boolean {
    return motionDone(this.motion, tNs);
  }

  /** Virtual time its current move ends, ns. */
  get arrivesNs(): number {
    return this.motion.startNs + this.motion.durationNs;
  }

  /** Radius the disc is drawn at, stage px (0 before it is first shown). */
  get drawnRadius(): number {
    return this.radius;
  }

  /** Where the token is drawn now, in world coordinates. */
  get position(): Point {
    return { x: this.view.x, y: this.view.y };
  }

  /** Lets go of the shared disc geometry (the token is being destroyed with its stage). */
  release(): void {
    this.look.drop();
  }

  /** True once the token has arrived where it was last drawn to go (as of the last {@link update}). */
  get settled(): boolean {
    const to = this.motion.to;
    return this.view.x === to.x && this.view.y === to.y;
  }
}

/** Reuses token objects by goroutine id so thousands of goroutines do not churn the GPU scene. */
export class TokenPool {
  private readonly live = new Map<number, Token>();
  private readonly free: Token[] = [];

  /** Pointer handlers every token gets (hover in and out, tap). */
  constructor(
    private readonly layer: Container,
    private readonly on: { hover: (id: number | null) => void; tap: (id: number) => void } = {
      hover: () => undefined,
      tap: () => undefined,
    },
  ) {}

  /** The token of goroutine `id`, taking one from the pool if it has none; `fresh` tells which. */
  get(id: number): { token: Token; fresh: boolean } {
    const have = this.live.get(id);
    if (have) return { token: have, fresh: false };
    const token = this.free.pop() ?? this.make();
    token.id = id;
    token.view.visible = true;
    this.live.set(id, token);
    return { token, fresh: true };
  }

  /**
   * Returns every token whose goroutine is not in `keep` to the pool. Pooled tokens stay in the layer, hidden:
   * removing thousands of children one by one costs a search each (quadratic), hiding them costs nothing.
   */
  retain(keep: ReadonlySet<number>): void {
    for (const [id, token] of this.live) {
      if (keep.has(id)) continue;
      this.live.delete(id);
      token.view.visible = false;
      this.free.push(token);
    }
  }

  get tokens(): IterableIterator<Token> {
    return this.live.values();
  }

  /** Tokens in use. */
  get size(): number {
    return this.live.size;
  }

  find(id: number): Token | undefined {
    return this.live.get(id);
  }

  /** Lets every token, live or pooled, go of its shared geometry (the stage is being destroyed). */
  releaseAll(): void {
    for (const t of this.live.values()) t.release();
    for (const t of this.free) t.release();
  }

  private make(): Token {
    const t = new Token();
    this.layer.addChild(t.view);
    t.view.on('pointerover', () => this.on.hover(t.id));
    t.view.on('pointerout', () => this.on.hover(null));
    t.view.on('pointertap', (e) => {
      e.stopPropagation();
      this.on.tap(t.id);
    });
    return t;
  }
}
