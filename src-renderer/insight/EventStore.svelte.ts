/**
 * The renderer's event store: pages of explained events fetched from the engine (`query` → `events`) and
 * cached, for any number of panels. A panel asks for the rows it shows ({@link EventStore.rows}); missing
 * pages are requested once and the panel re-renders when they arrive (`version`).
 *
 * @remarks The log only grows during a run, so full pages stay valid; the last (partial) page and the
 * totals are refreshed when the engine reports more events. A new run (`runId`) or filter empties the cache.
 */
import type { EventFilter, EventRow, InsightAnswer, InsightQuery } from '../../src-engine/protocol';

/** Rows per page asked of the engine. */
export const PAGE_ROWS = 200;
/** Pages kept per filter (least recently used go first). */
const MAX_PAGES = 64;

/** What the store needs from the session. */
export interface EventSource {
  query(q: InsightQuery): Promise<InsightAnswer | undefined>;
}

export class EventStore {
  /** Matching events (among those the engine has indexed). */
  total = $state(0);
  /** Matches at or before the playhead (the row after which the playhead sits). */
  playheadRank = $state(0);
  /** Events the engine has indexed (below the run's count while it catches up). */
  indexed = $state(0);
  /** Bumped whenever pages arrive, so views that read rows re-render. */
  version = $state(0);
  filter = $state<EventFilter>({});

  // Caches, not UI state: `version` says when they changed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private pages = new Map<number, readonly EventRow[]>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private inflight = new Set<number>();
  private generation = 0;

  constructor(private readonly source: EventSource) {}

  /** Drops everything (a new run or a new filter) and asks again. */
  reset(filter: EventFilter = this.filter): void {
    this.filter = filter;
    this.pages.clear();
    this.inflight.clear();
    this.generation++;
    this.refresh();
  }

  /** The run grew or the playhead moved: refresh the totals and the last page. */
  refresh(): void {
    // Partial pages fill up as the run goes on: drop them; the last page is asked again (with the totals).
    for (const [k, rows] of this.pages) if (rows.length < PAGE_ROWS) this.pages.delete(k);
    this.fetch(Math.floor(Math.max(0, this.total - 1) / PAGE_ROWS));
  }

  /** Rows `from`…`to` (exclusive) that are cached; asks for the pages that are not. */
  rows(from: number, to: number): (EventRow | undefined)[] {
    const out: (EventRow | undefined)[] = [];
    for (let r = Math.max(0, from); r < Math.min(to, this.total); r++) {
      const page = Math.floor(r / PAGE_ROWS);
      const rows = this.pages.get(page);
      if (rows === undefined) {
        this.fetch(page);
        out.push(undefined);
      } else {
        // Touch for LRU.
        this.pages.delete(page);
        this.pages.set(page, rows);
        out.push(rows[r - page * PAGE_ROWS]);
      }
    }
    return out;
  }

  private fetch(page: number): void {
    if (this.inflight.has(page)) return;
    this.inflight.add(page);
    const gen = this.generation;
    void this.source
      .query({
        kind: 'events',
        from: page * PAGE_ROWS,
        count: PAGE_ROWS,
        filter: $state.snapshot(this.filter),
      })
      .then((a) => {
        if (gen !== this.generation) return;
        this.inflight.delete(page);
        if (a === undefined || a.kind !== 'events') return;
        this.total = a.total;
        this.indexed = a.indexed;
        this.playheadRank = a.playheadRank;
        this.pages.set(page, a.rows);
        while (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value as number);
        this.version++;
      });
  }
}
