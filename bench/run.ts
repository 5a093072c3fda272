import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A benchmark suite: returns named figures (units in the name or documented beside the suite). */
type Suite = () => Promise<Record<string, number | string>>;

/**
 * Runs every benchmark suite and writes `bench-results.json` at the repository root (and prints it).
 * Targets live here as figures to compare, never in timed unit tests.
 */
const suites: Record<string, Suite> = {
  // Each suite loads its modules only when it runs: the export suite measures this process's memory as part of
  // the render's process tree, which every other suite's engine and compiler modules would inflate.
  engine: async () => (await import('./engine')).benchEngine(),
  lang: async () => (await import('./lang')).benchLang(),
  langRun: async () => (await import('./langRun')).benchLangRun(),
  host: async () => ({
    ...(await (await import('./host')).benchHost()),
    ...(await (await import('./hostBlocks')).benchHostBlocks()),
  }),
  memory: async () => (await import('./memory')).benchMemory(),
  stage: async () => (await import('./stage')).benchStage(),
  cli: async () => (await import('./cli')).benchCli(),
  models: async () => (await import('./models')).benchModels(),
  compare: async () => (await import('./compare')).benchCompare(),
  export: async () => (await import('./export')).benchExport(),
  insight: async () => (await import('./insight')).benchInsight(),
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
