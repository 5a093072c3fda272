/**
 * Cross-checks the front end against the real Go toolchain when it is installed: every valid program
 * must pass `go vet` (which type-checks it like `go build`); for the invalid programs marked
 * `gc: 'same'` (`'vet'`) `go build` (`go vet`) must print exactly our diagnostics, and for those marked
 * `'scenario'` it must not. Skips, saying why, when Go is absent.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProgram } from './testdata/generate';
import { LECTURES } from './testdata/lectures';
import { NEGATIVE } from './testdata/negative';
import { POSITIVE } from './testdata/positive';
import { VET_WARNINGS } from './testdata/warnings';

const candidates = [
  process.env['GO'] ?? '',
  '/usr/lib/go-1.23/bin/go',
  '/usr/local/go/bin/go',
  '/usr/bin/go',
];
const goBin = candidates.find((p) => p !== '' && existsSync(p));
if (!goBin)
  console.warn(
    'gotoolchain.test.ts: skipped: no Go toolchain found (tried $GO, /usr/lib/go-1.23/bin/go, /usr/local/go/bin/go, /usr/bin/go)',
  );

const HELPERS = `package main

import "time"

func work(d time.Duration)            {}
func blockingSyscall(d time.Duration) {}
func netRead(d time.Duration)         {}
`;

const root = goBin ? mkdtempSync(join(tmpdir(), 'gosched-lang-')) : '';
let dirCount = 0;

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs `go <cmd>` on a one-file module (plus helpers.go); resolves to the normalised output lines. */
function runGo(cmd: 'vet' | 'build', src: string): Promise<string[]> {
  const dir = join(root, `m${dirCount++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), 'module scenario\n\ngo 1.23\n');
  writeFileSync(join(dir, 'helpers.go'), HELPERS);
  writeFileSync(join(dir, 'main.go'), src);
  const args = cmd === 'vet' ? ['vet', '.'] : ['build', '-o', '/dev/null', '.'];
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GO111MODULE: 'on' };
  return new Promise((resolve) => {
    execFile(goBin ?? 'go', args, { cwd: dir, env, timeout: 60_000 }, (_err, stdout, stderr) => {
      const lines = `${stdout}${stderr}`
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => l.replace(/^vet: /, '').replace(/\.\/(main|helpers)\.go/g, '$1.go'));
      resolve(lines);
    });
  });
}

/** Runs `f` over `items` with at most `n` in flight. */
async function pool<T, R>(items: readonly T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

describe.skipIf(!goBin)('real Go toolchain agrees', () => {
  it('every valid corpus program passes go vet', { timeout: 300_000 }, async () => {
    const programs = [...Object.entries(POSITIVE), ...Object.entries(LECTURES)];
    const results = await pool(programs, 4, async ([name, src]) => ({ name, out: await runGo('vet', src) }));
    expect(results.filter((r) => r.out.length > 0)).toEqual([]);
  });

  it('generated programs pass go vet', { timeout: 300_000 }, async () => {
    const seeds = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);
    const results = await pool(seeds, 4, async (seed) => ({
      seed,
      out: await runGo('vet', generateProgram(seed, 40 + (seed % 120))),
    }));
    expect(results.filter((r) => r.out.length > 0)).toEqual([]);
  });

  it(
    "go build (go vet for 'vet') prints exactly our diagnostics for the cases marked so",
    { timeout: 300_000 },
    async () => {
      const cases = NEGATIVE.filter((c) => c.gc !== 'scenario');
      const results = await pool(cases, 4, async (c) => ({
        name: c.name,
        got: (await runGo(c.gc === 'vet' ? 'vet' : 'build', c.src)).join('\n'),
      }));
      const mismatches = results
        .map((r, i) => ({ ...r, want: (cases[i]?.expected ?? []).join('\n') }))
        .filter((r) => r.got !== r.want);
      expect(mismatches).toEqual([]);
    },
  );

  it('go vet reports exactly our warnings', { timeout: 300_000 }, async () => {
    const results = await pool(VET_WARNINGS, 4, async (c) => ({
      name: c.name,
      got: await runGo('vet', c.src),
    }));
    expect(results).toEqual(VET_WARNINGS.map((c) => ({ name: c.name, got: c.expected })));
  });

  it("gc rejects or words differently the cases marked 'scenario'", { timeout: 300_000 }, async () => {
    const cases = NEGATIVE.filter((c) => c.gc === 'scenario');
    const results = await pool(cases, 4, async (c) => ({
      name: c.name,
      got: (await runGo('build', c.src)).join('\n'),
    }));
    const identical = results.filter((r, i) => r.got === (cases[i]?.expected ?? []).join('\n'));
    expect(identical).toEqual([]);
  });
});
