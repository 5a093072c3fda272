import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchCli } from './cli';
import { benchEngine } from './engine';
import { benchExport } from './export';
import { benchHost } from './host';
import { benchHostBlocks } from './hostBlocks';
import { benchMemory } from './memory';
import { benchInsight } from './insight';
import { benchLang } from './lang';
import { benchLangRun } from './langRun';
import { benchModels } from './models';
import { benchCompare } from './compare';
import { benchStage } from './stage';

/** A benchmark suite: returns named figures (units in the name or documented beside the suite). */
type Suite = () => Promise<Record<string, number | string>>;

/**
 * Runs every benchmark suite and writes `bench-results.json` at the repository root (and prints it).
 * Targets live here as figures to compare, never in timed unit tests.
 */
const suites: Record<string, Suite> = {
  engine: benchEngine,
  lang: benchLang,
  langRun: benchLangRun,
  host: async () => ({ ...(await benchHost()), ...(await benchHostBlocks()) }),
  memory: benchMemory,
  stage: benchStage,
  cli: benchCli,
  models: benchModels,
  compare: benchCompare,
  export: benchExport,
  insight: benchInsight,
};

// `npm run bench -- stage engine` runs only those suites and keeps the other figures already in the file.
const only = process.argv.slice(2);
const unknown = only.filter((n) => !(n in suites));
if (unknown.length > 0)
  throw new Error(`no such benchmark suite: ${unknown.join(', ')} (have ${Object.keys(suites).join(', ')})`);
const out = resolve(import.meta.dirname, '..', 'bench-results.json');
const kept: Record<string, number | string> =
  only.length > 0 && existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, number | string>)
    : {};
const results: Record<string, number | string> = {
  ...kept,
  date: new Date().toISOString(),
  node: process.version,
};
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  Object.assign(results, await run());
}
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
