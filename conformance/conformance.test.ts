/**
 * Conformance corpus checks: (a) the corpus is complete and well-formed and the
 * comparison logic works; (b) when a Go 1.23 toolchain is present, every recording
 * is re-checked against real Go.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareOutput,
  findGoToolchain,
  loadCorpus,
  normaliseStdout,
  stderrHead,
  type Case,
  type ObservedOutput,
} from './corpus';
import { buildCase, mapPool, runBuilt, type BuiltCase, type GoToolchain } from './realGo';
import { SUPPORTED_PACKAGES } from '../src-engine/lang/library';

const corpus = loadCorpus();
const byName = new Map(corpus.map((c) => [c.name, c]));

/** Topics the brief requires the corpus to cover (each must appear in some case.json). */
const REQUIRED_TOPICS = [
  'runnext',
  'runq-overflow',
  'fairness-61',
  'timeslice-inheritance',
  'gosched',
  'unbuffered-channel',
  'ping-pong',
  'buffered-channel',
  'blocked-senders',
  'close',
  'waiters-order',
  'select-default',
  'select-timeout',
  'mutex-normal',
  'mutex-starvation',
  'waitgroup',
  'sleep',
  'blocking-syscall',
  'syscall-handoff',
  'netpoll',
  'preemption',
  'spawn-tree',
  'gomaxprocs',
  'numgoroutine',
  'panic',
  'send-on-closed',
  'close-of-closed',
  'negative-waitgroup',
  'unlock-of-unlocked',
  'deadlock',
  'main-exit',
  'defer',
  'closures',
  'loop-variables',
  'fmt',
  'range-int',
  'range-slice',
  'range-string',
  'range-channel',
  'labels',
  'once',
  'rwmutex',
  'timer-stop',
  'time-since',
  'multi-p',
  'sorted-lines',
];

/** The packages scenarios may import (the language's own list: one source of truth). */
const ALLOWED_IMPORTS = new Set(SUPPORTED_PACKAGES);

/** The import paths of a Go file (single and grouped import declarations). */
function importsOf(source: string): string[] {
  const paths: string[] = [];
  for (const m of source.matchAll(/^import\s+(?:\(([^)]*)\)|"([^"]+)")/gm)) {
    if (m[2] !== undefined) paths.push(m[2]);
    for (const q of (m[1] ?? '').matchAll(/"([^"]+)"/g)) paths.push(q[1] as string);
  }
  return paths;
}

describe('conformance corpus', () => {
  it('has at least 40 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('has a recording for every case', () => {
    expect(corpus.filter((c) => c.expected === undefined).map((c) => c.name)).toEqual([]);
  });

  it('covers every required topic', () => {
    const covered = new Set(corpus.flatMap((c) => c.config.topics));
    expect(REQUIRED_TOPICS.filter((t) => !covered.has(t))).toEqual([]);
  });

  it('imports only the packages the scenario language supports in every main.go', () => {
    const bad = corpus.flatMap((c) =>
      importsOf(c.source)
        .filter((p) => !ALLOWED_IMPORTS.has(p))
        .map((p) => `${c.name}: ${p}`),
    );
    expect(bad).toEqual([]);
    expect(corpus.every((c) => importsOf(c.source).includes('fmt'))).toBe(true);
  });

  it('opens every main.go with a 2-4 line comment citing the design docs', () => {
    const bad = corpus.filter((c) => {
      const head = c.source.split('\n').slice(0, c.source.split('\n').indexOf('package main'));
      const cites = /go-scheduler\.md|language\.md/.test(head.join('\n'));
      return head.length < 2 || head.length > 4 || !head.every((l) => l.startsWith('// ')) || !cites;
    });
    expect(bad.map((c) => c.name)).toEqual([]);
  });

  it('records an empty stderr for every case that exits 0 (unless it writes there), and a crash report, os.Exit or a Goexit in main otherwise', () => {
    const bad = corpus.filter((c) => {
      const e = c.expected;
      if (e === undefined) return false;
      const crash = e.stderrHead.length >= 3 && /^goroutine \d+ \[.+\]:$/.test(e.stderrHead.at(-1) ?? '');
      const writesStderr = /\bprintln\(|\bprint\(|os\.Stderr/.test(c.source);
      if (e.exitCode === 0) return e.stderrHead.length > 0 && !writesStderr;
      return !crash && !c.source.includes('os.Exit(') && !c.source.includes('runtime.Goexit()');
    });
    expect(bad.map((c) => c.name)).toEqual([]);
  });
});

describe('loadCorpus', () => {
  it('names the offending file when case.json is malformed', () => {
    const root = mkdtempSync(join(tmpdir(), 'gosched-corpus-'));
    try {
      const dir = join(root, '01-bad-case');
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.go'), 'package main\n');
      writeFileSync(join(dir, 'case.json'), JSON.stringify({ title: 'x', gomaxprocs: 0, compare: 'exact' }));
      expect(() => loadCorpus(root)).toThrow(/01-bad-case[\\/]case\.json: invalid content: .*gomaxprocs/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('compareOutput', () => {
  const crash = 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x/main.go:5 +0x25\n';
  const expected: ObservedOutput = {
    stdout: 'one\ntwo\ntwo\n',
    stderrHead: ['panic: boom', '', 'goroutine 1 [running]:'],
    exitCode: 2,
  };
  const actual = { stdout: 'one\ntwo\ntwo\n', stderr: crash, exitCode: 2 };

  it('accepts the same output, ignoring stack frames after the goroutine header', () => {
    expect(compareOutput(expected, actual, 'exact')).toEqual({ match: true, problems: [] });
  });

  it('detects a reordering in exact mode', () => {
    const result = compareOutput(expected, { ...actual, stdout: 'two\none\ntwo\n' }, 'exact');
    expect(result.match).toBe(false);
    expect(result.problems[0]).toMatch(/line 1/);
  });

  it('detects a missing line in both modes', () => {
    const missing = { ...actual, stdout: 'one\ntwo\n' };
    expect(compareOutput(expected, missing, 'exact').match).toBe(false);
    expect(compareOutput(expected, missing, 'sorted-lines').match).toBe(false);
  });

  it('detects a wrong exit code', () => {
    const result = compareOutput(expected, { ...actual, exitCode: 0 }, 'exact');
    expect(result.problems).toEqual(['exit code: expected 2, got 0']);
  });

  it('detects a different stderr head', () => {
    const other = { ...actual, stderr: crash.replace('goroutine 1 [running]', 'goroutine 6 [running]') };
    expect(compareOutput(expected, other, 'exact').problems[0]).toMatch(/stderr head differs at line 3/);
    expect(compareOutput(expected, { ...actual, stderr: '' }, 'exact').match).toBe(false);
  });

  it('ignores line order but not multiplicity in sorted-lines mode', () => {
    expect(compareOutput(expected, { ...actual, stdout: 'two\none\ntwo\n' }, 'sorted-lines').match).toBe(
      true,
    );
    expect(compareOutput(expected, { ...actual, stdout: 'two\none\none\n' }, 'sorted-lines').match).toBe(
      false,
    );
  });

  it('normalises stdout and extracts stderr heads', () => {
    expect(normaliseStdout('b\na\n', 'sorted-lines')).toBe('a\nb\n');
    expect(normaliseStdout('b\na\n', 'exact')).toBe('b\na\n');
    expect(stderrHead('')).toEqual([]);
    expect(stderrHead(crash)).toEqual(['panic: boom', '', 'goroutine 1 [running]:']);
    expect(stderrHead('no header\n')).toEqual(['no header']);
  });
});

/** Runs per case when re-checking against real Go. */
const RECHECK_RUNS = 3;
const lookup = findGoToolchain();
if (!lookup.found) console.log(`conformance: skipping the real-Go re-check: ${lookup.reason}`);

describe('recordings against real Go', () => {
  const builds = new Map<string, BuiltCase | Error>();

  beforeAll(async () => {
    if (!lookup.found) return;
    const go: GoToolchain = { go: lookup.go, version: lookup.version };
    await mapPool(corpus, 2, async (c) => {
      builds.set(c.name, await buildCase(c, go).catch((e: Error) => e));
    });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...builds.values()].map((b) => (b instanceof Error ? undefined : b.cleanup())));
  });

  it.skipIf(!lookup.found)('uses the toolchain the corpus was recorded with', () => {
    const versions = new Set(corpus.map((c) => c.expected?.goVersion));
    expect(lookup.found && versions.has(lookup.version)).toBe(true);
  });

  it.skipIf(!lookup.found).for(corpus.map((c) => c.name))(
    '%s still matches real Go',
    // Retries absorb a loaded machine: a thread stalled for 10 ms+ gets preempted by sysmon.
    { timeout: 60_000, retry: 2 },
    async (name) => {
      const c = byName.get(name) as Case;
      const built = builds.get(name);
      if (built === undefined || built instanceof Error) throw built ?? new Error('not built');
      const expected = c.expected;
      if (expected === undefined) throw new Error(`${name} has no expected.json`);
      const runs = await runBuilt(built, c.config.gomaxprocs, RECHECK_RUNS);
      const problems = runs.flatMap((run, i) =>
        compareOutput(expected, run, c.config.compare).problems.map((p) => `run ${i + 1}: ${p}`),
      );
      expect(problems).toEqual([]);
    },
  );
});
