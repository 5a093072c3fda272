/** Runs of every conformance case and lesson, folded into an index: the corpus insight tests walk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../../../conformance/corpus';
import { createRun } from '../../../host/services';
import { readScenario } from '../../../protocol/scenarioFile';
import type { SchedulerRun } from '../../SchedulerRun';
import type { GoRun } from '../../GoRun';
import { EventIndex } from '../EventIndex';

/** One finished (or capped) run with its index. */
export interface CorpusRun {
  readonly name: string;
  readonly run: SchedulerRun;
  readonly index: EventIndex;
}

function lessonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...lessonFiles(p));
    else if (p.endsWith('.gosched')) out.push(p);
  }
  return out;
}

/** Runs a program with `cores` to its end (at most `maxEvents`) and indexes every event. */
export function indexedRun(name: string, program: string, cores: number, maxEvents = 60_000): CorpusRun {
  const made = createRun({ title: name, program, settings: { cores, seed: 1 } });
  if ('diagnostics' in made) throw new Error(`${name}: ${made.diagnostics[0]?.message}`);
  (made as GoRun).runToEnd(maxEvents);
  const source = made.rawEvents?.();
  const index = new EventIndex(source);
  for (let i = 0; i < made.eventCount; i++)
    if (source !== undefined) index.addFrom(source, i);
    else index.add(made.event(i));
  return { name, run: made, index };
}

/** Every conformance case and lesson, run and indexed. */
export function corpusRuns(): CorpusRun[] {
  const root = resolve(import.meta.dirname, '../../../..');
  const runs = loadCorpus().map((c) => indexedRun(c.name, c.source, c.config.gomaxprocs));
  for (const f of lessonFiles(join(root, 'lessons'))) {
    const r = readScenario(readFileSync(f, 'utf8'), f);
    if (r.ok) runs.push(indexedRun(f, r.scenario.program, r.scenario.settings.cores));
  }
  return runs;
}
