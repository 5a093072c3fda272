import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSource } from '../../lang/compile';
import { createGoRun } from '../../sim';
import { SPIN_PROGRAM } from '../../../bench/spin';
import { runCli } from './main';
import { Progress, progressText, runUntilInSlices } from './progress';

/** A clock that advances `stepMs` each time it is read. */
function ticking(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe('Progress (the line a long run shows on a terminal)', () => {
  it('appears only after a second, redraws at most every 100 ms, and is erased', () => {
    let out = '';
    let now = 0;
    const p = new Progress({ isTTY: true, write: (t) => void (out += t) }, () => now);
    now = 999;
    p.update(5_000_000, 10);
    expect(out).toBe('');
    now = 1_200;
    p.update(1_500_000_000, 12_345);
    expect(out).toBe('\r\x1b[Kgosched: virtual 1.5s · 12,345 events · 1.2s elapsed');
    now = 1_250;
    p.update(1_600_000_000, 12_346);
    expect(out).not.toContain('1.6s');
    p.hide();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
    p.hide();
    expect(out.split('\r\x1b[K')).toHaveLength(3);
  });
  it('writes nothing at all when stderr is not a terminal', () => {
    let out = '';
    const p = new Progress({ isTTY: false, write: (t) => void (out += t) }, ticking(5_000));
    p.update(1, 1);
    p.hide();
    expect(out).toBe('');
  });
  it('formats virtual time as Go does', () => {
    expect(progressText(1_500, 0, 0)).toBe('gosched: virtual 1.5µs · 0 events · 0.0s elapsed');
  });
});

describe('runUntilInSlices', () => {
  it('gives the same event log as one runUntil (the engine only stops in between)', async () => {
    const c = compileSource(SPIN_PROGRAM, 'spin.go');
    if ('diagnostics' in c) throw new Error('no compile');
    const whole = createGoRun(c.program, { gomaxprocs: 4, seed: 1 });
    whole.runUntil(80_000_000);
    const c2 = compileSource(SPIN_PROGRAM, 'spin.go');
    if ('diagnostics' in c2) throw new Error('no compile');
    const sliced = createGoRun(c2.program, { gomaxprocs: 4, seed: 1 });
    let slices = 0;
    await runUntilInSlices(sliced, 80_000_000, ticking(1), () => void slices++);
    expect(slices).toBeGreaterThan(3);
    expect(sliced.eventCount).toBe(whole.eventCount);
    for (let i = 0; i < whole.eventCount; i++) expect(sliced.event(i)).toEqual(whole.event(i));
  });
});

describe('gosched run shows progress on a terminal only', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gosched-progress-')), 'spin.go');
  writeFileSync(
    file,
    SPIN_PROGRAM.replace('time.Sleep(time.Hour)', 'fmt.Println("started")\n\ttime.Sleep(time.Hour)'),
  );
  async function run(tty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['run', file, '--cores', '4', '--until', '2s'], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stderrIsTTY: tty,
      nowMs: ticking(400),
    });
    return { code, stdout, stderr };
  }
  it('a TTY gets the progress line, erased at the end; the output is untouched', async () => {
    const r = await run(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('started\n');
    expect(r.stderr.startsWith('\r\x1b[Kgosched: virtual ')).toBe(true);
    expect(r.stderr).toMatch(/^[\s\S]{4}gosched: virtual [\d.]+(µs|ms|s) · [\d,]+ events · [\d.]+s elapsed/);
    expect(r.stderr).toMatch(/virtual 1\.9\d*s · /);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });
  it('a pipe or a file gets nothing', async () => {
    expect(await run(false)).toEqual({ code: 0, stdout: 'started\n', stderr: '' });
  });
});
