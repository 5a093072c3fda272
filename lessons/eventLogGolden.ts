/**
 * Golden event-log hashes of the lessons: the engine's whole log for each lesson (its settings and seed) is
 * hashed and compared with `golden/event-logs.json`, so any change to what the engine decides for a lesson
 * is seen in review. After a deliberate change of the engine, rewrite them with
 * `GOSCHED_UPDATE_GOLDEN=1 npx vitest run lessons` and explain the diff in the commit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SchedEvent } from '../src-engine/sim/events';

/** One lesson's golden: the number of events and the sha256 of their JSON lines. */
export interface EventLogGolden {
  readonly events: number;
  readonly sha256: string;
}

export const GOLDEN_FILE = resolve(import.meta.dirname, 'golden', 'event-logs.json');

/** Whether this test run rewrites the goldens instead of checking them. */
export const UPDATE_GOLDEN = process.env.GOSCHED_UPDATE_GOLDEN === '1';

/** Hash of `count` events, each as one JSON line (field order as the engine materialises them). */
export function hashEventLog(count: number, event: (seq: number) => SchedEvent): EventLogGolden {
  const h = createHash('sha256');
  for (let i = 0; i < count; i++) h.update(JSON.stringify(event(i)) + '\n');
  return { events: count, sha256: h.digest('hex') };
}

/** The committed goldens by lesson path (`02-channels/01-ping-pong.gosched`). */
export function readGoldens(): Record<string, EventLogGolden> {
  if (!existsSync(GOLDEN_FILE)) return {};
  return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, EventLogGolden>;
}

/** Writes the goldens, sorted by lesson path so that diffs stay small. */
export function writeGoldens(all: Record<string, EventLogGolden>): void {
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(GOLDEN_FILE, JSON.stringify(sorted, null, 2) + '\n');
}
