import { describe, expect, it } from 'vitest';
import type { GView } from '../../src-engine/sim/WorldView';
import { capZones, groupZones } from './zones';
import { compactCount } from './headline';

const g = (id: number, loc: string): GView => ({ id, status: '_Gwaiting', loc, order: id });

describe('groupZones', () => {
  it('puts every goroutine that is off the P cards into exactly one zone row', () => {
    const gs = [
      g(1, 'running(P0)'),
      g(2, 'recvq(ch3)'),
      g(3, 'sendq(ch3)'),
      g(4, 'recvq(ch3)'),
      g(5, 'sema(mu1)'),
      g(6, 'netpoll'),
      g(7, 'syscall(M4)'),
      g(8, 'timers(P1)'),
      g(9, 'select(ch1,ch3)'),
      g(10, 'forever'),
      g(11, 'recvq(ch10)'),
      g(12, 'globrunq'),
    ];
    const zones = groupZones(gs);
    const placed = zones.flatMap((z) => z.rows.flatMap((r) => r.gs)).sort((a, b) => a - b);
    expect(placed).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11]);
    const ch3 = zones.find((z) => z.key === 'ch3')!;
    expect(ch3.rows.map((r) => [r.label, r.gs, r.selecting])).toEqual([
      ['sendq', [3], undefined],
      ['recvq', [2, 4], undefined],
      ['select', [], [9]], // G9's select also waits on ch3; its token is in the select's zone
    ]);
    expect(zones.at(-1)).toMatchObject({ key: 'M4', column: 'syscalls' });
    const keys = zones.map((z) => z.key);
    expect(keys.indexOf('ch3')).toBeLessThan(keys.indexOf('ch10'));
  });

  it('has no zones when everything runs or queues', () => {
    expect(groupZones([g(1, 'running(P0)'), g(2, 'runq(P0)'), g(3, 'runnext(P1)')])).toEqual([]);
  });
});

describe('groupZones: channels and queue order', () => {
  const w = (id: number, loc: string, order: number): GView => ({ id, status: '_Gwaiting', loc, order });
  const chan = (id: number, cap: number, len: number) => ({ id, cap, len, closed: false, timer: false });

  it('orders a wait queue by arrival, a head re-queue first (semaphore LIFO)', () => {
    const zones = groupZones([w(5, 'sema(mu1)', 10), w(2, 'sema(mu1)', 30), w(9, 'sema(mu1)', -40)]);
    expect(zones[0]?.rows[0]?.gs).toEqual([9, 5, 2]);
  });

  it('gives a buffered channel a buffer row above sendq and recvq, with its fill', () => {
    const zones = groupZones([w(3, 'sendq(ch1)', 8), w(4, 'sendq(ch1)', 7)], [chan(1, 2, 2)]);
    expect(zones).toHaveLength(1);
    const z = zones[0]!;
    expect(z.title).toBe('chan ch1 · buffer 2/2');
    expect(z.buffer).toEqual(chan(1, 2, 2));
    expect(z.rows.map((r) => r.loc)).toEqual(['buf(ch1)', 'sendq(ch1)']);
    expect(z.rows[1]?.gs).toEqual([4, 3]);
  });

  it('shows every channel while there are few, only busy ones when there are many', () => {
    expect(groupZones([], [chan(1, 0, 0), chan(2, 3, 0)]).map((z) => z.key)).toEqual(['ch1', 'ch2']);
    const many = Array.from({ length: 20 }, (_, i) => chan(i + 1, 4, i === 6 ? 1 : 0));
    const zones = groupZones([w(1, 'recvq(ch12)', 1)], many);
    expect(zones.map((z) => z.key)).toEqual(['ch7', 'ch12']);
    expect(zones[1]?.title).toBe('chan ch12 · buffer 0/4');
  });
});

describe('compactCount', () => {
  it('keeps zone row labels short', () => {
    expect([0, 999, 1000, 1234, 99_999, 100_000, 1_500_000].map(compactCount)).toEqual([
      '0',
      '999',
      '1.0k',
      '1.2k',
      '100k',
      '100k',
      '1.5M',
    ]);
  });
});

describe('groupZones: select waiters', () => {
  it('names a goroutine blocked in select in every channel the select waits on', () => {
    const sel: GView = { id: 1, status: '_Gwaiting', loc: 'select(ch1,ch2)', order: 5 };
    const zones = groupZones(
      [sel],
      [
        { id: 1, cap: 1, len: 0, closed: false, timer: false },
        { id: 2, cap: 1, len: 0, closed: false, timer: true },
      ],
    );
    const byKey = new Map(zones.map((z) => [z.key, z]));
    for (const ch of ['ch1', 'ch2']) {
      const row = byKey.get(ch)?.rows.find((r) => r.loc === `selecting(${ch})`);
      expect(row?.selecting).toEqual([1]);
      expect(row?.gs).toEqual([]);
    }
    // Its token is drawn once, in the select's own zone.
    const drawn = zones.flatMap((z) => z.rows.flatMap((r) => r.gs));
    expect(drawn).toEqual([1]);
  });
});

describe('capZones', () => {
  it('keeps the most crowded boxes and sums up the rest in one', () => {
    const gs = [
      ...Array.from({ length: 30 }, (_, i) => g(100 + i, `recvq(ch${i + 1})`)),
      g(1, 'sema(mu1)'),
      g(2, 'sema(mu1)'),
      g(3, 'sema(mu1)'),
      g(4, 'syscall(M4)'),
    ];
    const zones = capZones(groupZones(gs), 5, 3);
    const waiting = zones.filter((z) => z.column === 'waiting');
    expect(waiting).toHaveLength(5);
    expect(waiting.map((z) => z.key)).toContain('mu1');
    expect(waiting.at(-1)?.title).toBe('+27 places · 27 goroutines');
    expect(zones.filter((z) => z.column === 'syscalls').map((z) => z.key)).toEqual(['M4']);
    expect(capZones(groupZones(gs), 100, 100)).toEqual(groupZones(gs));
  });
});

describe('capZones with places a trimmed view left out', () => {
  it('adds them to the summary box, even when every box it got fits', () => {
    const zones = capZones(groupZones([g(1, 'recvq(ch1)')]), 10, 10, { places: 40, goroutines: 41 });
    expect(zones.map((z) => z.title)).toEqual(['chan ch1', '+40 places · 41 goroutines']);
  });
});
