import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../src-engine/host/cli/args';
import { runCli } from '../src-engine/host/cli/main';
import { runCli as runBuiltEntry } from './cli';

// The launcher's choice between the build and the sources, on a throw-away layout with a stand-in build
// (no node_modules there, so the tsx fallback is unavailable and the launcher must say what to run).

const tmp = mkdtempSync(join(tmpdir(), 'gosched-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function layout(name: string, opts: { checkout: boolean; sourceNewer?: boolean; built?: boolean }): string {
  const root = join(tmp, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  copyFileSync(join(import.meta.dirname, 'gosched.mjs'), join(root, 'bin/gosched.mjs'));
  const source = join(root, 'src-engine/host/cli/main.ts');
  if (opts.checkout) {
    mkdirSync(join(root, 'src-engine/host/cli'), { recursive: true });
    writeFileSync(source, '// source\n');
  }
  if (opts.built !== false) {
    mkdirSync(join(root, 'out/cli'), { recursive: true });
    const built = join(root, 'out/cli/main.mjs');
    writeFileSync(built, 'export async function runCli(argv) { console.log("built", ...argv); return 3; }\n');
    writeFileSync(
      join(root, 'out/cli/inputs.json'),
      JSON.stringify({ inputs: ['src-engine/host/cli/main.ts'] }),
    );
    const old = new Date(Date.now() - 60_000);
    const recent = new Date();
    const [sourceTime, builtTime] = opts.sourceNewer ? [recent, old] : [old, recent];
    if (opts.checkout) utimesSync(source, sourceTime, sourceTime);
    utimesSync(built, builtTime, builtTime);
  }
  return join(root, 'bin/gosched.mjs');
}

const launch = (bin: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('bin/gosched.mjs', () => {
  it('an installed package runs the build, with the arguments and its exit status', () => {
    expect(launch(layout('installed', { checkout: false }), 'run', 'x.go')).toMatchObject({
      status: 3,
      stdout: 'built run x.go\n',
    });
  });
  it('a checkout runs a build that is newer than its sources', () => {
    expect(launch(layout('fresh', { checkout: true }), 'check', 'y.go')).toMatchObject({
      status: 3,
      stdout: 'built check y.go\n',
    });
  });
  it('a checkout never runs a build older than its sources; without tsx it says what to run', () => {
    const r = launch(layout('stale', { checkout: true, sourceNewer: true }), 'run', 'x.go');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('gosched: the command line is older than its sources: run "npm run build:cli"\n');
  });
  it('a checkout without a build says so', () => {
    const r = launch(layout('unbuilt', { checkout: true, built: false }), '--help');
    expect(r).toMatchObject({
      status: 1,
      stderr: 'gosched: the command line is not built: run "npm run build:cli"\n',
    });
  });
});

describe('bin/cli.ts (the built entry)', () => {
  it('answers --help exactly as the full command line does', async () => {
    let full = '';
    expect(await runCli(['--help'], { stdout: (t) => void (full += t), stderr: () => undefined })).toBe(0);
    expect(full).toBe(USAGE + '\n');
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((t: string) => (written.push(t), true)) as typeof process.stdout.write;
    try {
      expect(await runBuiltEntry(['--help'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(written.join('')).toBe(full);
  });
});
