import type { EngineToRenderer } from '../protocol';
import type { WallClock } from './Pacer';

/** A wall clock the test moves by hand: `advance(ms)` fires due ticks in order. */
export class ManualClock implements WallClock {
  private t = 0;
  private tickers: { every: number; next: number; tick: () => void }[] = [];

  now(): number {
    return this.t;
  }

  every(everyMs: number, tick: () => void): () => void {
    const entry = { every: everyMs, next: this.t + everyMs, tick };
    this.tickers.push(entry);
    return () => {
      this.tickers = this.tickers.filter((e) => e !== entry);
    };
  }

  private pending: (() => void)[] = [];

  later(fn: () => void): () => void {
    this.pending.push(fn);
    return () => {
      this.pending = this.pending.filter((f) => f !== fn);
    };
  }

  /** Runs the functions passed to `later` (and those they schedule), as a free thread would. */
  drain(): void {
    while (this.pending.length > 0) this.pending.shift()?.();
  }

  advance(ms: number): void {
    this.drain();
    const end = this.t + ms;
    for (;;) {
      const due = this.tickers.filter((e) => e.next <= end).sort((a, b) => a.next - b.next)[0];
      if (due === undefined) break;
      this.t = due.next;
      due.next += due.every;
      due.tick();
    }
    this.t = end;
  }
}

/** Collects what the engine sends and waits for a message of a given type. */
export class Inbox {
  readonly all: EngineToRenderer[] = [];
  private waiters: { type: string; resolve: (m: EngineToRenderer) => void; from: number }[] = [];

  push(msg: EngineToRenderer): void {
    this.all.push(msg);
    for (const w of [...this.waiters]) {
      const found = this.all.slice(w.from).find((m) => m.type === w.type);
      if (found) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(found);
      }
    }
  }

  /** Resolves with the first message of `type` received at index `from` or later. */
  next<T extends EngineToRenderer['type']>(
    type: T,
    from = this.all.length,
  ): Promise<Extract<EngineToRenderer, { type: T }>> {
    const found = this.all.slice(from).find((m) => m.type === type);
    if (found) return Promise.resolve(found as Extract<EngineToRenderer, { type: T }>);
    return new Promise((resolve) =>
      this.waiters.push({ type, from, resolve: resolve as (m: EngineToRenderer) => void }),
    );
  }

  ofType<T extends EngineToRenderer['type']>(type: T): Extract<EngineToRenderer, { type: T }>[] {
    return this.all.filter((m) => m.type === type) as Extract<EngineToRenderer, { type: T }>[];
  }
}

/** 100 000 goroutines that yield a few times each: every step moves one of many goroutines. */
export const crowdProgram = `package main

import (
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < 5; j++ {
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}
`;
