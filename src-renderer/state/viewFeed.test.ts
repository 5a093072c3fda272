import { describe, expect, it, vi } from 'vitest';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { ViewFeed, type ViewUpdate } from './viewFeed';

function update(seq: number, snap = false): ViewUpdate {
  const view = { seq, t: seq * 10, ps: [], gs: [], ms: [], chans: [], globrunq: [] } as unknown as WorldView;
  return { view, snap, events: [], playheadNs: seq * 10, playing: true, speed: 1 };
}

describe('ViewFeed', () => {
  it('gives a late subscriber the latest view at once, as a snap', () => {
    const feed = new ViewFeed();
    feed.publish(update(1));
    feed.publish(update(2));
    const seen: ViewUpdate[] = [];
    feed.subscribe((u) => seen.push(u));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.view.seq).toBe(2);
    expect(seen[0]!.snap).toBe(true);
    expect(seen[0]!.events).toEqual([]);
  });

  it('calls nothing on subscribe before any view arrived', () => {
    const feed = new ViewFeed();
    const fn = vi.fn();
    feed.subscribe(fn);
    expect(fn).not.toHaveBeenCalled();
    feed.publish(update(1));
    expect(fn).toHaveBeenCalledOnce();
  });

  it('delivers every view to many subscribers, in order', () => {
    const feed = new ViewFeed();
    const seen = Array.from({ length: 50 }, () => [] as number[]);
    seen.forEach((s) => feed.subscribe((u) => s.push(u.view.seq)));
    for (let i = 0; i < 5; i++) feed.publish(update(i));
    for (const s of seen) expect(s).toEqual([0, 1, 2, 3, 4]);
    expect(feed.size).toBe(50);
  });

  it('stops calling a subscriber once it unsubscribed, and leaves the others', () => {
    const feed = new ViewFeed();
    const a = vi.fn();
    const b = vi.fn();
    const offA = feed.subscribe(a);
    feed.subscribe(b);
    feed.publish(update(1));
    offA();
    offA();
    feed.publish(update(2));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(feed.size).toBe(1);
  });

  it('counts one function subscribed twice as two subscriptions', () => {
    const feed = new ViewFeed();
    const fn = vi.fn();
    const off1 = feed.subscribe(fn);
    feed.subscribe(fn);
    feed.publish(update(1));
    expect(fn).toHaveBeenCalledTimes(2);
    off1();
    feed.publish(update(2));
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('lets a subscriber unsubscribe another during delivery, and survives one that throws', () => {
    const feed = new ViewFeed();
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const c = vi.fn();
    let offC = (): void => undefined;
    feed.subscribe(() => {
      throw new Error('broken panel');
    });
    feed.subscribe(() => offC());
    offC = feed.subscribe(c);
    feed.publish(update(1));
    expect(c).not.toHaveBeenCalled();
    expect(err).toHaveBeenCalled();
    err.mockRestore();
  });
});
