/**
 * Test helper: a fixed program whose output is written in the test (so the engine is checked without a Go
 * toolchain) and, where Go 1.23 is installed, also checked against real Go, so the written expectation is
 * what Go prints and not what the engine happens to print.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runGo } from './runGo';

/** The Go 1.23 toolchain used as the oracle. */
export const GO = process.env['GOSCHED_GO'] ?? '/usr/lib/go-1.23/bin/go';
/** True when the oracle is installed. */
export const HAVE_GO = existsSync(GO);
const HELPERS = new URL('../../../../conformance/helpers.go', import.meta.url);

/** What a real Go 1.23 build of `src` prints with GOMAXPROCS=1. */
export function realGo(src: string): { stdout: string; stderr: string; exitCode: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gosched-likego-'));
  writeFileSync(join(dir, 'main.go'), src);
  writeFileSync(join(dir, 'helpers.go'), readFileSync(HELPERS));
  writeFileSync(join(dir, 'go.mod'), 'module scenario\n\ngo 1.23\n');
  const env = {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    GOCACHE: process.env['GOCACHE'] ?? join(tmpdir(), 'gosched-test-gocache'),
  };
  execFileSync(GO, ['build', '-o', 'prog', '.'], { cwd: dir, env, stdio: 'pipe' });
  try {
    const stdout = execFileSync(join(dir, 'prog'), {
      env: { ...env, GOMAXPROCS: '1' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { stdout, stderr: '', exitCode: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { stdout: err.stdout, stderr: err.stderr, exitCode: err.status };
  }
}

/** The first `lines` lines of `text` (the head of a panic or fatal error, without goroutine traces). */
export function headOf(text: string, lines: number): string {
  return text.split('\n').slice(0, lines).join('\n');
}

/**
 * Runs `src` on the engine and expects `stdout` (and, when given, the first lines of stderr and the exit
 * status); checks the same against real Go when it is installed.
 */
export function expectLikeGo(
  src: string,
  want: { stdout: string; stderrHead?: string; exitCode?: number },
  seed = 1,
): void {
  const lines = want.stderrHead === undefined ? 0 : want.stderrHead.split('\n').length;
  const check = (got: { stdout: string; stderr: string; exitCode: number }, who: string): void => {
    expect(got.stdout, `${who} stdout`).toBe(want.stdout);
    expect(got.exitCode, `${who} exit status`).toBe(want.exitCode ?? 0);
    if (want.stderrHead !== undefined)
      expect(headOf(got.stderr, lines), `${who} stderr`).toBe(want.stderrHead);
    else expect(got.stderr, `${who} stderr`).toBe('');
  };
  check(runGo(src, { seed }), 'engine');
  if (HAVE_GO) check(realGo(src), 'real Go 1.23');
}
