import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchEngine } from './engine';
import { benchHost } from './host';
import { benchLang } from './lang';
import { benchLangRun } from './langRun';
import { benchStage } from './stage';

/** A benchmark suite: returns named figures (units in the name or documented beside the suite). */
type Suite = () => Promise<Record<string, number>>;

/**
 * Runs every benchmark suite and writes `bench-results.json` at the repository root (and prints it).
 * Targets live here as figures to compare, never in timed unit tests.
 */
const suites: Record<string, Suite> = {
  engine: benchEngine,
  lang: benchLang,
  langRun: benchLangRun,
  host: benchHost,
  stage: benchStage,
};

const results: Record<string, number | string> = { date: new Date().toISOString(), node: process.version };
for (const [name, run] of Object.entries(suites)) {
  process.stderr.write(`bench: ${name}…\n`);
  Object.assign(results, await run());
}
const out = resolve(import.meta.dirname, '..', 'bench-results.json');
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
