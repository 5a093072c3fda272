/**
 * The stage's goroutine side: from a {@link WorldView} to zones, a layout and a place per goroutine, and the
 * tokens gliding there on the virtual clock. The {@link Stage} owns the Pixi app, the chrome and the overlay,
 * and asks this for the scene of each state and for where the tokens are at a virtual time.
 */
import type { SchedEvent } from '../../src-engine/sim/events';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { computeLayout, waitingZoneCapacity, waitingZonesFit, type StageLayout } from './layout';
import { placeGoroutines, type Placement } from './placement';
import type { Token, TokenPool } from './Token';
import { capZones, groupZones, type Zone } from './zones';

/** What the scene asks of its stage when it lays tokens out. */
export interface SceneHost {
  /** Stage size, stage px. */
  readonly width: number;
  readonly height: number;
  /** Virtual ns a move lasts at the current pace. */
  readonly moveNs: number;
  /** Tokens jump instead of gliding (the user prefers reduced motion). */
  readonly reducedMotion: boolean;
  /** Most tokens made per piece of work (live: a frame's budget; offscreen: unbounded). */
  readonly tokenBudget: number;
  /** Live: true once this piece of work used its share of the frame (new tokens wait for the next one). */
  overBudget(): boolean;
}

/** Live goroutines and drawn tokens in the latest view. */
export interface SceneCounts {
  readonly goroutines: number;
  readonly shown: number;
}

export class TokenScene {
  /** The layout of the latest view (reused while the same places need the same room). */
  layout: StageLayout | undefined;
  private layoutKey = '';
  /** Zones and token places of the latest view. */
  placed: { zones: readonly Zone[]; placement: Placement } | undefined;
  /** Live goroutines and drawn tokens in the latest view. */
  counts: SceneCounts = { goroutines: 0, shown: 0 };
  /** True when the token budget left tokens to make at the next piece of work. */
  tokensLeft = false;
  /** Latest virtual time a token is still moving to, ns (motion after it: none). */
  motionEndsNs = -Infinity;
  /** Virtual time each goroutine's move in the state being laid out starts (its `g.move` event's time). */
  private readonly moveTimes = new Map<number, number>();
  /** Start time for motions without a `g.move` event (a place that moved because the layout did). */
  private restStartNs = 0;
  /** Tokens whose motion is under way or changed since the last render (the others stay where they are). */
  private readonly moving = new Set<Token>();
  /** Goroutines whose token is headed for (or sits in) a P's running slot. */
  private readonly onRunSlot = new Set<number>();

  constructor(
    private readonly pool: TokenPool,
    private readonly host: SceneHost,
  ) {}

  /** Forgets the motion start times (a jump: load, seek). */
  jump(): void {
    this.moveTimes.clear();
  }

  /** Makes the layout be computed afresh at the next lay-out (size or theme changed). */
  forgetLayout(): void {
    this.layoutKey = '';
  }

  /**
   * Notes when the moves of a new state start: each `g.move` among `events` at its own time (or at
   * `moveStartNs`), the other moves at `moveStartNs` or the state's time `tNs`.
   */
  noteMoves(events: readonly SchedEvent[], tNs: number, moveStartNs?: number): void {
    this.restStartNs = moveStartNs ?? tNs;
    for (const e of events)
      if (e.kind === 'g.move' && e.g !== undefined) this.moveTimes.set(e.g, moveStartNs ?? e.t);
  }

  /** Computes the zones, layout and token places of `view` and sends every token to its place. */
  layOut(view: WorldView, snap: boolean): void {
    // Boxes beyond what the column and the lane can hold legibly are summed up in one (see capZones).
    const { width, height } = this.host;
    const all = groupZones(view.gs, view.chans);
    const lane = all.some((z) => z.column === 'syscalls');
    const laneMax = Math.max(2, Math.floor(width / 90));
    let max = waitingZoneCapacity(height, lane);
    const dropped = view.trimmed?.droppedPlaces;
    let zones = capZones(all, max, laneMax, dropped);
    const rowsOf = (zs: readonly Zone[]) =>
      zs.filter((z) => z.column === 'waiting').map((z) => z.rows.length);
    while (max > 1 && !waitingZonesFit(rowsOf(zones), height, lane))
      zones = capZones(all, --max, laneMax, dropped);
    const demand = zones.map((z) => ({ key: z.key, column: z.column, rows: z.rows.length }));
    const key = `${width}x${height}/${view.ps.length}/${demand.map((d) => `${d.key}:${d.rows}`).join(',')}`;
    if (key !== this.layoutKey || this.layout === undefined) {
      this.layoutKey = key;
      this.layout = computeLayout(width, height, view.ps.length, demand);
    }
    const placement = placeGoroutines(view, zones, this.layout);
    this.placed = { zones, placement };
    this.tokensLeft = false;
    this.moveTokens(view, placement, snap);
    this.moveTimes.clear();
  }

  /** Makes the tokens the budget left out last time (same view, same places). */
  makeLeftTokens(view: WorldView): void {
    // Cleared first: once every token is made, the stage has nothing left to do (and, paused, draws nothing).
    this.tokensLeft = false;
    if (this.placed) this.moveTokens(view, this.placed.placement, false);
  }

  private moveTokens(view: WorldView, placement: Placement, snap: boolean): void {
    const duration = this.host.moveNs;
    const keep = new Set<number>();
    this.onRunSlot.clear();
    let live = 0;
    let made = 0;
    let ends = -Infinity;
    for (const g of view.gs) {
      if (g.status !== '_Gdead') live++;
      const target = placement.targets.get(g.id);
      if (target === undefined) continue;
      // Making a token costs far more than moving one: live, hundreds of new ones (a long queue filling up)
      // are spread over the next frames, so that no frame holds the UI thread.
      if (
        this.pool.find(g.id) === undefined &&
        (++made > this.host.tokenBudget || (made % 16 === 0 && this.host.overBudget()))
      ) {
        this.tokensLeft = true;
        continue;
      }
      if (g.loc.startsWith('running(')) this.onRunSlot.add(g.id);
      keep.add(g.id);
      const { token, fresh } = this.pool.get(g.id);
      token.show(g.id, g.status, placement.radius.get(g.id) ?? this.layout!.token);
      const start = this.moveTimes.get(g.id) ?? this.restStartNs;
      if (token.moveTo(target, start, duration, snap || fresh || this.host.reducedMotion))
        this.moving.add(token);
      ends = Math.max(ends, token.arrivesNs);
    }
    this.pool.retain(keep);
    this.motionEndsNs = ends;
    this.counts = { goroutines: view.trimmed?.total ?? live, shown: keep.size };
  }

  /**
   * Puts every token where its motion has it at virtual time `tNs` (only those moving, unless the clock went
   * back from `renderedNs`), and returns how many tokens are drawn and how many sit in a P's running slot.
   */
  animate(tNs: number, renderedNs: number): { tokens: number; onPs: number } {
    const all = !(tNs >= renderedNs);
    for (const t of all ? this.pool.tokens : this.moving) {
      t.update(tNs);
      if (t.settledAt(tNs)) this.moving.delete(t);
      else this.moving.add(t);
    }
    let onPs = 0;
    for (const id of this.onRunSlot) if (this.pool.find(id)?.settledAt(tNs)) onPs++;
    return { tokens: this.pool.size, onPs };
  }

  /** Goroutines whose token is drawn away from its place in the latest view (empty once all have arrived). */
  tokensAwayFromPlace(): number[] {
    const targets = this.placed?.placement.targets;
    const away: number[] = [];
    if (!targets) return away;
    for (const t of this.pool.tokens) {
      const p = targets.get(t.id);
      const at = t.position;
      if (p !== undefined && Math.hypot(p.x - at.x, p.y - at.y) > 0.5) away.push(t.id);
    }
    return away.sort((a, b) => a - b);
  }
}
