/**
 * Benchmark of the `gosched` command line as a person runs it (`node bin/gosched.mjs`, the built JavaScript),
 * beside real Go. Wall-clock milliseconds, the median of several runs after one warm-up run:
 * - `cli.nodeStartMs`: `node -e 0`, the floor any Node command pays on this machine;
 * - `cli.helpMs`: `gosched --help` (target ≤ 100 ms);
 * - `cli.runSmallMs`: `gosched run` of a 30-line program (worker pool over channels; target ≤ 150 ms);
 * - `cli.goRunSmallMs`: `go run .` of the same program exported with `gosched export-go`, warm build cache
 *   (only where Go exists: `GOSCHED_GO`, /usr/lib/go-1.23/bin/go or `go` on the PATH).
 * `…MinMs` figures are the fastest run, `…CpuMs` the mean user + system CPU time of one run (children
 * included): both are less disturbed than the median by a shared, loaded machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'gosched.mjs');
const RUNS = 15;

/** 30 lines: three workers square nine jobs from a buffered channel; main sums the results. */
const SMALL_PROGRAM = `package main

import (
\t"fmt"
\t"sync"
)

func main() {
\tjobs, results, sum := make(chan int, 9), make(chan int, 9), 0
\tvar wg sync.WaitGroup
\tfor w := 0; w < 3; w++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tfor j := range jobs {
\t\t\t\tresults <- j * j
\t\t\t}
\t\t}()
\t}
\tfor i := 1; i <= 9; i++ {
\t\tjobs <- i
\t}
\tclose(jobs)
\twg.Wait()
\tclose(results)
\tfor r := range results {
\t\tsum += r
\t}
\tfmt.Println("sum of squares:", sum)
}
`;

function findGo(): string | undefined {
  const candidates = [process.env['GOSCHED_GO'], '/usr/lib/go-1.23/bin/go'].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  return spawnSync('go', ['version']).status === 0 ? 'go' : undefined;
}

/** Runs a command once to warm up, then `RUNS` times; returns the median and fastest wall-clock ms. */
function time(
  cmd: string,
  args: string[],
  cwd: string,
  expectStdout?: string,
): { median: number; min: number } {
  const once = (): number => {
    const start = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (r.status !== 0 || (expectStdout !== undefined && r.stdout !== expectStdout))
      throw new Error(
        `${cmd} ${args.join(' ')}: status ${r.status}, stdout ${JSON.stringify(r.stdout)}\n${r.stderr}`,
      );
    return ms;
  };
  once();
  const all = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median: round(all[Math.floor(all.length / 2)]!), min: round(all[0]!) };
}

/** Mean CPU milliseconds (user + system, with children) of one run of `cmd args`, from bash's `times`. */
function cpuMs(cmd: string, args: string[], cwd: string): number {
  const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `for i in $(seq ${RUNS}); do ${quoted} >/dev/null 2>&1 || exit 1; done; times`;
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
  // `times` prints the shell's user/system times, then its children's: "0m0.512s 0m0.101s".
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (r.status !== 0 || secs.length !== 2) throw new Error(`cannot time ${quoted}: ${r.stdout}${r.stderr}`);
  return Math.round(((secs[0]! + secs[1]!) * 1000 * 10) / RUNS) / 10;
}

export async function benchCli(): Promise<Record<string, number>> {
  // Measure the build a user gets, made from the sources as they are now.
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'gosched-bench-cli-'));
  try {
    const main = join(dir, 'small.go');
    writeFileSync(main, SMALL_PROGRAM);
    const expected = 'sum of squares: 285\n';
    const node = time(process.execPath, ['-e', '0'], dir);
    const help = time(process.execPath, [BIN, '--help'], dir);
    const run = time(process.execPath, [BIN, 'run', main], dir, expected);
    const figures: Record<string, number> = {
      'cli.nodeStartMs': node.median,
      'cli.nodeStartCpuMs': cpuMs(process.execPath, ['-e', '0'], dir),
      'cli.helpMs': help.median,
      'cli.helpMinMs': help.min,
      'cli.helpCpuMs': cpuMs(process.execPath, [BIN, '--help'], dir),
      'cli.runSmallMs': run.median,
      'cli.runSmallMinMs': run.min,
      'cli.runSmallCpuMs': cpuMs(process.execPath, [BIN, 'run', main], dir),
    };
    const go = findGo();
    if (go) {
      const mod = join(dir, 'mod');
      execFileSync(process.execPath, [BIN, 'export-go', main, mod]);
      const goRun = time(go, ['run', '.'], mod, expected);
      figures['cli.goRunSmallMs'] = goRun.median;
      figures['cli.goRunSmallMinMs'] = goRun.min;
      figures['cli.goRunSmallCpuMs'] = cpuMs(go, ['run', '.'], mod);
    } else {
      process.stderr.write('bench cli: no Go toolchain, cli.goRunSmallMs skipped\n');
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
