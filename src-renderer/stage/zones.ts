import { parseLocation } from '../../src-engine/sim/events';
import { compareInPlace } from '../../src-engine/sim/view/gview';
import type { ChanView, GView } from '../../src-engine/sim/WorldView';
import { compactCount } from './headline';

/** Where a zone is drawn. */
export type ZoneColumn = 'waiting' | 'syscalls';

/** A place outside the P cards and the global queue where goroutines wait: one box on the stage. */
export interface Zone {
  /** Stable key, e.g. `ch3`, `mu1`, `netpoll`, `M4`. */
  readonly key: string;
  readonly column: ZoneColumn;
  /** Heading, e.g. `chan ch3`, `sync mu1`, `netpoller`, `M4 in syscall`. */
  readonly title: string;
  /** Rows inside the zone, in drawing order, e.g. `sendq` and `recvq` of a channel. */
  readonly rows: readonly ZoneRow[];
  /** A channel's buffer, drawn as slots in the row whose loc is `buf(chN)`. */
  readonly buffer?: ChanView;
}

/** One row of a zone: the goroutines at one location, in queue order (see `GView.order`). */
export interface ZoneRow {
  readonly loc: string;
  readonly label: string;
  readonly gs: readonly number[];
  /**
   * Goroutines blocked in a `select` that has a case on this channel: the runtime queues them on every such
   * channel (`selectgo`), but their token sits in the select's own zone, so here they are named, not drawn.
   */
  readonly selecting?: readonly number[];
}

/** Locations drawn inside P cards or the global queue band rather than in a zone. */
const ON_CARDS = new Set(['running', 'runnext', 'runq', 'timers', 'globrunq', 'dead', 'nowhere']);

/** Up to this many channels, every channel gets a box; beyond, only the busy ones (waiters or buffered values). */
export const ALL_CHANNELS_UP_TO = 8;

/**
 * Groups the goroutines that are neither on a P nor in the global queue into zones: one per channel
 * (its `sendq` and `recvq`), per semaphore, per select, the netpoller, goroutines blocked forever, and
 * one per M in a system call (or holding a G handed to its locked thread). Pure and deterministic:
 * zones are sorted by column, then kind, then number.
 */
export function groupZones(gs: readonly GView[], chans: readonly ChanView[] = []): Zone[] {
  const rows = new Map<
    string,
    { zone: Omit<Zone, 'rows'>; rows: Map<string, { label: string; gs: GView[]; selecting?: GView[] }> }
  >();
  const selecting = new Map<string, GView[]>();
  for (const g of gs) {
    const { kind, arg } = parseLocation(g.loc);
    if (ON_CARDS.has(kind)) continue;
    if (kind === 'select' && arg)
      for (const ch of arg.split(',')) {
        const list = selecting.get(ch);
        if (list) list.push(g);
        else selecting.set(ch, [g]);
      }
    const z = zoneOf(kind, arg, g.loc);
    let entry = rows.get(z.key);
    if (!entry) {
      entry = { zone: z, rows: new Map() };
      rows.set(z.key, entry);
    }
    let row = entry.rows.get(g.loc);
    if (!row) {
      row = { label: rowLabel(kind), gs: [] };
      entry.rows.set(g.loc, row);
    }
    row.gs.push(g);
  }
  const all = chans.length <= ALL_CHANNELS_UP_TO;
  for (const c of chans) {
    const key = `ch${c.id}`;
    let entry = rows.get(key);
    if (entry === undefined) {
      if (!all && c.len === 0) continue;
      entry = { zone: { key, column: 'waiting', title: '' }, rows: new Map() };
      rows.set(key, entry);
    }
    entry.zone = { key, column: 'waiting', title: chanTitle(c), buffer: c };
    if (c.cap > 0) entry.rows.set(`buf(${key})`, { label: 'buf', gs: [] });
  }
  for (const [key, list] of selecting) {
    const entry = rows.get(key);
    if (entry !== undefined)
      entry.rows.set(`selecting(${key})`, { label: 'select', gs: [], selecting: list });
  }
  const zones = [...rows.values()].map(({ zone, rows: r }) => ({
    ...zone,
    rows: [...r.entries()]
      .sort(([a], [b]) => rowOrder(a) - rowOrder(b))
      .map(([loc, row]) => ({
        loc,
        label: row.label,
        gs: inQueueOrder(row.gs),
        ...(row.selecting ? { selecting: inQueueOrder(row.selecting) } : {}),
      })),
  }));
  return zones.sort((a, b) =>
    a.column === b.column ? compareKeys(a.key, b.key) : a.column === 'waiting' ? -1 : 1,
  );
}

function zoneOf(kind: string, arg: string | undefined, loc: string): Omit<Zone, 'rows'> {
  switch (kind) {
    case 'sendq':
    case 'recvq':
      return { key: arg ?? loc, column: 'waiting', title: `chan ${arg}` };
    case 'sema':
      return { key: arg ?? loc, column: 'waiting', title: semaTitle(arg ?? '') };
    case 'select':
      return { key: loc, column: 'waiting', title: `select on ${arg || 'no channels'}` };
    case 'netpoll':
      return { key: 'netpoll', column: 'waiting', title: 'network poller (IO wait)' };
    case 'forever':
    case 'nilchan':
      return { key: 'forever', column: 'waiting', title: 'blocked forever' };
    case 'syscall':
      return { key: arg ?? loc, column: 'syscalls', title: `${arg} in syscall` };
    case 'nextg':
      return { key: arg ?? loc, column: 'syscalls', title: `${arg} (locked thread)` };
    default:
      return { key: loc, column: 'waiting', title: loc };
  }
}

/** A semaphore's box says whose it is: a sync.Mutex's, a WaitGroup's, or a plain one's. */
function semaTitle(arg: string): string {
  if (/^mu\d/.test(arg)) return `mutex ${arg} (semaphore)`;
  if (/^wg\d/.test(arg)) return `WaitGroup ${arg} (semaphore)`;
  return `semaphore ${arg}`;
}

function rowLabel(kind: string): string {
  const labels: Record<string, string> = {
    sendq: 'sendq',
    recvq: 'recvq',
    sema: 'waiters',
    netpoll: 'IO wait',
  };
  return labels[kind] ?? '';
}

/** The buffer, then sendq above recvq, as in the runtime's hchan, then the selects waiting on it. */
function rowOrder(loc: string): number {
  return loc.startsWith('buf')
    ? -1
    : loc.startsWith('sendq')
      ? 0
      : loc.startsWith('recvq')
        ? 1
        : loc.startsWith('selecting')
          ? 2
          : 3;
}

/** Goroutine ids in the order their queue holds them (see `GView.order`). */
function inQueueOrder(gs: GView[]): number[] {
  return gs.sort(compareInPlace).map((g) => g.id);
}

/** `chan ch3 · 1/2 buffered`, `timer chan ch5 (closed)`. */
export function chanTitle(c: ChanView): string {
  const name = `${c.timer ? 'timer chan' : 'chan'} ch${c.id}`;
  const buf = c.cap > 0 ? ` · buffer ${c.len}/${c.cap}` : ' · unbuffered';
  return `${name}${buf}${c.closed ? ' · closed' : ''}`;
}

/** Orders `ch2` before `ch10` and kinds alphabetically. */
function compareKeys(a: string, b: string): number {
  const ma = /^([a-zA-Z]+)(\d+)$/.exec(a);
  const mb = /^([a-zA-Z]+)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) return Number(ma[2]) - Number(mb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * At most `maxWaiting` boxes in the waiting column and `maxSyscalls` in the syscall lane: the most crowded are
 * kept (then by key), and one last box says how many places and goroutines were left out. Their goroutines
 * are then not drawn, which the stage's headline counts.
 */
export function capZones(
  zones: readonly Zone[],
  maxWaiting: number,
  maxSyscalls: number,
  unsent: { readonly places: number; readonly goroutines: number } = { places: 0, goroutines: 0 },
): Zone[] {
  const out: Zone[] = [];
  for (const [column, max] of [
    ['waiting', maxWaiting],
    ['syscalls', maxSyscalls],
  ] as const) {
    const list = zones.filter((z) => z.column === column);
    // Wait places the host left out of a trimmed view are summed up with the boxes left out here.
    const extra = column === 'waiting' ? unsent : { places: 0, goroutines: 0 };
    if (list.length <= max && extra.places === 0) {
      out.push(...list);
      continue;
    }
    if (list.length < max) {
      out.push(...list, moreZone(column, extra.places, extra.goroutines));
      continue;
    }
    const size = (z: Zone) => z.rows.reduce((n, r) => n + r.gs.length, 0);
    const kept = [...list].sort((a, b) => size(b) - size(a) || compareKeys(a.key, b.key)).slice(0, max - 1);
    const keptKeys = new Set(kept.map((z) => z.key));
    const left = list.filter((z) => !keptKeys.has(z.key));
    out.push(...list.filter((z) => keptKeys.has(z.key)));
    const gs = left.reduce((n, z) => n + size(z), 0);
    out.push(moreZone(column, left.length + extra.places, gs + extra.goroutines));
  }
  return out;
}

/** The box that stands for the places not shown in a column. */
function moreZone(column: ZoneColumn, places: number, goroutines: number): Zone {
  return {
    key: `more-${column}`,
    column,
    title: `+${compactCount(places)} places · ${compactCount(goroutines)} goroutines`,
    rows: [],
  };
}
