#!/usr/bin/env node
// Runs Doyensec's electronegativity over the Electron main process, preload and renderer sources, and fails
// on any medium or high finding that is not a reviewed "review required" item (see REVIEWED). `npm test` runs
// it (`npm run lint:electron`).
//
// The tool is taken from node_modules when it is a dev dependency; until then it is installed once into a
// folder under the system's temporary directory (npm registry only).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TOOL = '@doyensec/electronegativity';
const TOOL_VERSION = '1.10.3';

/**
 * "Review required" findings a person has reviewed, by check and file, with the reason they are safe here.
 * Only findings the tool itself marks for manual review can be listed: a misconfiguration cannot.
 */
const REVIEWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'src-main/index.ts',
    why: 'the sandboxed preload (src-main/preload/index.ts) exposes only the small GoschedBridge through contextBridge: no ipcRenderer, no Node API, files named by token (e2e/electron checks the bridge keys)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'src-main/index.ts',
    why: "shell.openExternal runs only for URLs that pass isAllowedExternalLink: https on the project's own origin (src-main/security/externalLinks.ts, tested)",
  },
];

/**
 * Checks left out, by class name: AvailableSecurityFixesGlobalCheck downloads Electron's release list, which this
 * machine and CI cannot reach (npm registry only); Electron's version is kept current by the lockfile.
 */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

function loadTool() {
  // A dev dependency (package.json), so `npm ci` brings it like every other tool of the test command.
  return createRequire(join(ROOT, 'package.json'))(TOOL);
}

function electronVersion() {
  const installed = join(ROOT, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  const range = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies.electron;
  return range.replace(/^[^\d]*/, '');
}

// Scan a copy of what ships in the app (tests left out): main and preload, the renderer, package.json.
const scan = mkdtempSync(join(tmpdir(), 'gosched-eln-scan-'));
try {
  const shipped = (src) => !/\.test\.ts$/.test(src);
  for (const dir of ['src-main', 'src-renderer'])
    cpSync(join(ROOT, dir), join(scan, dir), { recursive: true, filter: shipped });
  cpSync(join(ROOT, 'package.json'), join(scan, 'package.json'));

  const run = loadTool();
  const version = electronVersion();
  const result = await run(
    {
      input: scan,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: version,
      customScan: [],
      excludeFromScan: EXCLUDED,
      parserPlugins: [],
    },
    false,
  );

  const broken = result.errors.filter((e) => !e.tolerable);
  for (const e of broken)
    process.stderr.write(`electronegativity: could not parse ${e.file}: ${e.message}\n`);

  const severe = result.issues.filter((i) => i.severity.value >= 2); // MEDIUM is 2, HIGH 3
  const reviewed = (i) => i.manualReview && REVIEWED.some((r) => r.check === i.id && r.file === i.file);
  const open = severe.filter((i) => !reviewed(i));
  for (const i of result.issues) {
    const mark = open.includes(i) ? 'FAIL' : reviewed(i) ? 'reviewed' : 'low';
    process.stdout.write(
      `${mark.padEnd(8)} ${i.id} ${i.severity.name}/${i.confidence.name} ${i.file}:${i.location.line}:${i.location.column}\n`,
    );
  }
  process.stdout.write(
    `electronegativity ${TOOL_VERSION} (Electron ${version}): ${result.issues.length} findings, ${open.length} medium or high not reviewed, ${broken.length} files not parsed\n`,
  );
  process.exitCode = open.length > 0 || broken.length > 0 ? 1 : 0;
} finally {
  rmSync(scan, { recursive: true, force: true });
}
