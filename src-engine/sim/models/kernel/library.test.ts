/**
 * The library calls the historical models once ended with an engine limit: sync.Cond, tickers, Timer.Reset,
 * time.AfterFunc and main's runtime.Goexit. Each runs under every model now, with Go's semantics; outputs are checked
 * against Go's recorded output (conformance cases 60, 62, 63) or against the go model on the same program.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../catalog';
import { runModel } from '../testing/runModel';

const HISTORICAL = MODEL_IDS.filter((m) => m !== 'go');
const CASES = resolve(import.meta.dirname, '../../../../conformance/cases');

function conformance(name: string): { src: string; stdout: string; stderrHead: string[]; exitCode: number } {
  const expected = JSON.parse(readFileSync(`${CASES}/${name}/expected.json`, 'utf8')) as {
    stdout: string;
    stderrHead: string[];
    exitCode: number;
  };
  return { src: readFileSync(`${CASES}/${name}/main.go`, 'utf8'), ...expected };
}

/** A pool as large as the goroutines these programs start, so none starves for want of a worker. */
const run = (src: string, model: string, cores: number) =>
  runModel(
    src,
    model,
    { cores, ...(model === 'thread-pool' ? { modelSettings: { poolWorkers: 8 } } : {}) },
    500_000,
  );

describe('library calls under every historical model', () => {
  it.each(HISTORICAL)(
    '%s: sync.Cond.Wait unlocks L and parks; Signal readies the longest waiter, Broadcast every waiter oldest first',
    (id) => {
      const c = conformance('62-cond-notify-order');
      for (const cores of [1, 4]) {
        const r = run(c.src, id, cores);
        expect(r.run.exit?.code, `${id} on ${cores} cores: ${r.stderr}`).toBe(0);
        const lines = r.stdout.trim().split('\n');
        // Which woken waiter reacquires L first depends on the model's threads and cores; all four are woken.
        expect(lines[0]?.replace(/\d/g, 'n')).toBe('woken in order: [n n n n]');
        expect([...(lines[0]?.match(/\d/g) ?? [])].sort()).toEqual(['1', '2', '3', '4']);
        // The Cond-guarded queue: the consumer waits in a loop and sees every value in order.
        expect(lines.slice(1)).toEqual(c.stdout.trim().split('\n').slice(1));
      }
      // One thread, FIFO queues: Signal's waiter (the oldest) runs first, then Broadcast's in ticket order.
      if (id === 'n-to-1') expect(run(c.src, id, 1).stdout).toMatch(/^woken in order: \[1 2 3 4\]\n/);
    },
  );

  it.each(HISTORICAL)(
    '%s: a Ticker fires every period (Reset changes it, Stop ends it); Timer.Reset reports whether it was active; Stop after a fire drains the unreceived value (Go 1.23 timer channels)',
    (id) => {
      const c = conformance('60-print-ticker-exit');
      const r = run(c.src, id, 1);
      expect(r.run.exit?.code).toBe(c.exitCode);
      const upTo = (s: string) => s.slice(0, s.indexOf('stop after fire, drained: true\n'));
      expect(upTo(r.stdout)).toBe(upTo(c.stdout));
      expect(r.stdout).toContain('stop after fire, drained: true\n');
      expect(r.stderr).not.toContain('engine limit');
    },
  );

  it.each(HISTORICAL)('%s: a Ticker skips the ticks it missed while nobody received (time.go)', (id) => {
    const src = `package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTicker(10 * time.Millisecond)
	work(35 * time.Millisecond)
	<-t.C
	<-t.C
	fmt.Println(time.Since(start) / time.Millisecond)
	t.Stop()
}
`;
    // The tick at 10 ms waits in the channel; 20 and 30 are dropped; the next is at 40 ms, as in Go.
    expect(run(src, id, 1).stdout).toBe(runModel(src, 'go', { cores: 1 }).stdout);
    expect(run(src, id, 1).stdout).toBe('40ns\n');
  });

  it.each(HISTORICAL)(
    '%s: runtime.Goexit in main lets the other goroutines finish, then "no goroutines (main called runtime.Goexit) - deadlock!"',
    (id) => {
      const c = conformance('63-goexit');
      const r = run(c.src, id, 1);
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr.split('\n')[0]).toBe(c.stderrHead[0]);
      expect(r.run.exit?.code).toBe(2);
    },
  );

  it.each(HISTORICAL)(
    '%s: time.AfterFunc starts its function in a new goroutine when the timer fires (time.goFunc); Stop before the fire reports true and the function never runs',
    (id) => {
      const c = conformance('68-afterfunc-runnext');
      for (const cores of [1, 4]) {
        const r = run(c.src, id, cores);
        expect(r.stderr, `${id} on ${cores} cores`).toBe('');
        expect(r.run.exit?.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        // Which of F, A and B runs first is the model's policy (Go's runnext puts F first); all three run once.
        expect(lines.slice(0, 3).sort()).toEqual(['A', 'B', 'F']);
        expect(lines.slice(3)).toEqual(['stopped: true']);
      }
    },
  );

  it.each(HISTORICAL)('%s: a non-positive ticker interval panics as in Go', (id) => {
    const src = `package main

import "time"

func main() {
	time.NewTicker(0)
}
`;
    const r = run(src, id, 1);
    expect(r.stderr).toMatch(/^panic: non-positive interval for NewTicker/);
    expect(r.run.exit?.code).toBe(2);
  });
});
