import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_TICK } from './EngineHost';
import { MAX_EVENTS_PER_TURN, MAX_VIEWS_PER_TURN } from './TurnMeter';
import { driveWorstMessages } from './worstMessages';

describe('no engine message blocks the engine thread for long (issue 10, item 5; docs/limits.md §4)', () => {
  it('the worst messages on a 100 000-goroutine run, over real worker_threads ports: every turn of the engine thread walks a bounded number of events and builds at most one view', async () => {
    const w = await driveWorstMessages();
    expect(w.paused.playing).toBe(false);
    expect(w.stepped.eventCount).toBe(w.paused.eventCount + 1_000_000);
    // The step is seconds of work: heartbeats were answered between its slices.
    expect(w.heartbeatsDuringStep).toBeGreaterThanOrEqual(5);
    expect(w.seekEnd.view?.seq).toBe(w.stepped.eventCount - 2);
    expect(w.seekTimeEnd.eventCount).toBe(w.stepped.eventCount);
    expect(w.answers.map((a) => a.kind)).toEqual(['events', 'lanes', 'metrics', 'goroutine']);
    const lanes = w.answers[1];
    expect(lanes?.kind === 'lanes' && lanes.gs.length).toBe(400);
    expect(w.refused.message).toMatch(/10000000 items, more than the 1000 allowed/);
    expect(w.farBeat).toMatchObject({ index: 999, seq: 600_000, pause: true });

    // Counted, not timed (this machine is shared; the wall figure is host.longestTurnMs_100k in the bench).
    const turn = w.host.largestTurn;
    expect(turn.maxEvents).toBeGreaterThanOrEqual(MAX_EVENTS_PER_TICK / 2);
    expect(turn.maxEvents).toBeLessThanOrEqual(MAX_EVENTS_PER_TURN);
    expect(turn.maxViews).toBeLessThanOrEqual(MAX_VIEWS_PER_TURN);
  }, 240_000);
});
