import { mkdtempSync, writeFileSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoRun } from '../../sim';
import type { SchedEvent } from '../../sim/events';
import { runCli } from './main';
import { EVENTS_WRITE_BYTES, writeEvents } from './run';

const dir = mkdtempSync(join(tmpdir(), 'gosched-cli-limits-'));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('gosched run at the limits (docs/limits.md)', () => {
  it('a run out of memory exits 2 with what it printed, Go fatal error and which budget ran out', async () => {
    const p = join(dir, 'oom.go');
    writeFileSync(
      p,
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("start")\n\tc := make(chan int, 1<<30)\n\tfor i := 0; ; i++ {\n\t\tc <- i\n\t}\n}\n',
    );
    const r = await cli('run', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toMatch(
      /^fatal error: runtime: out of memory\n\ngoroutine 1 \[running\]:\ngosched: the run's memory budget is 1024 MiB: program values \d+ MiB, event log and keyframes \d+ MiB; see docs\/limits\.md\n$/,
    );
  });

  it('--events streams the log in bounded writes that wait for the file to drain (no single huge string)', async () => {
    const n = 40_000;
    const ev = (seq: number): SchedEvent => ({
      seq,
      t: seq * 1000,
      kind: 'g.move',
      g: seq,
      from: 'runq(P0)',
      to: 'running(P0)',
      reason: 'execute',
      fn: 'runtime.execute',
    });
    const run = { eventCount: n, event: ev } as unknown as GoRun;
    const writes: number[] = [];
    let text = '';
    let drains = 0;
    const out = {
      write(s: string) {
        writes.push(s.length);
        text += s;
        return writes.length % 2 === 0; // every other write asks the writer to wait for 'drain'
      },
      once(_e: 'drain', cb: () => void) {
        drains++;
        setImmediate(cb);
      },
    } as unknown as WriteStream;
    const next = await writeEvents(out, run, 0);
    expect(next).toBe(n);
    expect(Math.max(...writes)).toBeLessThan(EVENTS_WRITE_BYTES + 1000);
    expect(writes.length).toBeGreaterThan(2);
    expect(drains).toBeGreaterThan(0);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(n);
    expect(JSON.parse(lines[n - 1] as string)).toEqual(ev(n - 1));
  });
});
