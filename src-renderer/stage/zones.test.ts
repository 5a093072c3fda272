import { describe, expect, it } from 'vitest';
import type { GView } from '../../src-engine/sim/WorldView';
import { groupZones } from './zones';

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
    expect(ch3.rows.map((r) => [r.label, r.gs])).toEqual([
      ['sendq', [3]],
      ['recvq', [2, 4]],
    ]);
    expect(zones.at(-1)).toMatchObject({ key: 'M4', column: 'syscalls' });
    const keys = zones.map((z) => z.key);
    expect(keys.indexOf('ch3')).toBeLessThan(keys.indexOf('ch10'));
  });

  it('has no zones when everything runs or queues', () => {
    expect(groupZones([g(1, 'running(P0)'), g(2, 'runq(P0)'), g(3, 'runnext(P1)')])).toEqual([]);
  });
});
