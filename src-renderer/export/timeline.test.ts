import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src-engine/host/services';
import { ExportTimeline, TimelineError } from './timeline';

const lesson = (path: string) => {
  const sc = JSON.parse(readFileSync(path, 'utf8'));
  return { title: sc.title, program: sc.program, settings: sc.settings, beats: sc.beats };
};

describe('ExportTimeline', () => {
  it("knows the run's end, its beats' times and Go's exit before the first frame", async () => {
    const tl = await ExportTimeline.create(lesson('lessons/06-failures/01-deadlock.gosched'), createRun);
    expect(tl.exit?.reason).toBe('fatal error: all goroutines are asleep - deadlock!');
    expect(tl.beats.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(tl.marks().at(-1)).toMatchObject({
      isEnd: true,
      tNs: tl.endNs,
      caption: expect.stringMatching(/exit status 2/),
    });
  });

  it('gives the state at any time, in any order (seeking back and forth)', async () => {
    const tl = await ExportTimeline.create(lesson('lessons/06-failures/01-deadlock.gosched'), createRun);
    const end = tl.viewAt(tl.endNs);
    const start = tl.viewAt(0);
    expect(end.seq).toBeGreaterThan(start.seq);
    expect(end.gs.filter((g) => g.status === '_Gwaiting').length).toBeGreaterThanOrEqual(1);
    expect(tl.viewAt(tl.endNs)).toEqual(end);
    expect(tl.eventsBetween(0, tl.endNs).length).toBe(end.seq - start.seq);
  });

  it('a program that does not compile is a located error', async () => {
    const bad = {
      ...lesson('lessons/06-failures/01-deadlock.gosched'),
      program: 'package main\nfunc main() {\n\tx :=\n}\n',
    };
    await expect(ExportTimeline.create(bad, createRun)).rejects.toThrow(TimelineError);
    await expect(ExportTimeline.create(bad, createRun)).rejects.toThrow(/main\.go:\d+:\d+/);
  });
});
