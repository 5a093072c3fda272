/**
 * The lesson library: every file is a valid scenario inside the Go subset, the index lists exactly the
 * files there are, every lesson has a recording from real Go, and (when the compiler and the engine are
 * available) the engine reproduces each recording and reaches every narrated beat.
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutput, findGoToolchain, runBuilt, type RunOutput } from '../conformance/corpus';
import {
  ALLOWED_IMPORTS,
  compareModeOf,
  EXPECTED_DIR,
  GO_VERSION,
  gomaxprocsOf,
  importsOf,
  listLessonFiles,
  loadLessons,
  MAX_PROGRAM_LINES,
  readExpected,
  readIndex,
  RECORD_RUNS,
  SORTED_LINES_LESSONS,
  type Lesson,
} from './catalog';
import { buildLesson } from './record';
import {
  hashEventLog,
  readGoldens,
  UPDATE_GOLDEN,
  writeGoldens,
  type EventLogGolden,
} from './eventLogGolden';
import { writeScenario } from '../src-engine/protocol/scenarioFile/index';
import { BeatTracker } from '../src-engine/host/BeatTracker';
import { parseAndCheck } from '../src-engine/lang';
import { compileSource } from '../src-engine/lang/compile';
import { createGoRun, type CostModel } from '../src-engine/sim';

const lessons = loadLessons();
const byRel = new Map(lessons.map((l) => [l.rel, l]));

/** The scenario of a lesson that passed `readScenario` (the first test checks they all do). */
function scenarioOf(l: Lesson) {
  if (l.scenario === undefined) throw new Error(`${l.rel}: not a valid scenario`);
  return l.scenario;
}

describe('lesson files', () => {
  it('there are at least 16 lessons in at least 5 groups', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(16);
    expect(new Set(lessons.map((l) => l.group)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(lessons.map((l) => [l.rel, l] as const))('%s is a valid scenario with no warnings', (_rel, l) => {
    expect(l.problems.map((p) => p.message)).toEqual([]);
    expect(l.warnings.map((p) => `${p.path ?? ''}: ${p.message}`)).toEqual([]);
    expect(l.scenario).toBeDefined();
    const s = scenarioOf(l);
    expect(s.$schema).toBe('https://gosched.dev/schema/gosched-scenario.v2.schema.json');
    expect(s.title.trim()).not.toBe('');
    expect(l.rel).toMatch(/^\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+\.gosched$/);
  });

  it.each(lessons.map((l) => [l.rel, l] as const))('%s is saved as the app writes it', (_rel, l) => {
    // Opening a lesson and saving it unchanged must not produce a diff.
    expect(l.text).toBe(writeScenario(scenarioOf(l)));
  });

  it.each(lessons.map((l) => [l.rel, l] as const))(
    '%s: description is exactly two short lines',
    (_rel, l) => {
      const lines = scenarioOf(l).description.split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        expect(line.trim()).not.toBe('');
        expect(line.length).toBeLessThanOrEqual(90);
      }
    },
  );

  it.each(lessons.map((l) => [l.rel, l] as const))('%s: at least 2 beats, each with a caption', (_rel, l) => {
    const beats = scenarioOf(l).beats;
    expect(beats.length).toBeGreaterThanOrEqual(2);
    for (const beat of beats) {
      expect(beat.caption.trim().length).toBeGreaterThan(0);
      expect(beat.caption.length).toBeLessThanOrEqual(200);
    }
    expect(beats.some((b) => b.pause === true)).toBe(true);
  });

  it.each(lessons.map((l) => [l.rel, l] as const))(
    '%s: program imports only fmt/runtime/sync/time and is short',
    (_rel, l) => {
      const program = scenarioOf(l).program;
      expect(program).toMatch(/^package main$/m);
      const imports = importsOf(program);
      expect(imports.length).toBeGreaterThan(0);
      for (const path of imports) expect(ALLOWED_IMPORTS).toContain(path);
      // Every import statement was seen by importsOf (none hides in an unusual form).
      expect(program.match(/^import\b/gm)?.length ?? 0).toBe(
        program.match(/^import\s*(\(|")/gm)?.length ?? 0,
      );
      expect(program.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_PROGRAM_LINES);
      expect(program).toMatch(/^\/\/ /); // opens with a comment for students
    },
  );

  it('the two GOMAXPROCS lessons run the same program with 1 and 4 Ps', () => {
    const one = byRel.get('05-multicore/02-gomaxprocs-1.gosched');
    const four = byRel.get('05-multicore/03-gomaxprocs-4.gosched');
    expect(one && four).toBeTruthy();
    const a = scenarioOf(one as Lesson);
    const b = scenarioOf(four as Lesson);
    expect(a.program).toBe(b.program);
    expect(gomaxprocsOf(a)).toBe(1);
    expect(gomaxprocsOf(b)).toBe(4);
    expect(a.settings.cores).toBe(b.settings.cores);
  });
});

describe('index.json', () => {
  const index = readIndex();
  const listed = index.groups.flatMap((g) => g.lessons);

  it('lists every lesson file exactly once and nothing else', () => {
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(listLessonFiles());
  });

  it('groups are the lesson folders, in teaching order', () => {
    const ids = index.groups.map((g) => g.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of index.groups) {
      for (const rel of group.lessons) expect(rel.startsWith(`${group.id}/`)).toBe(true);
      expect(group.lessons).toEqual([...group.lessons].sort());
    }
  });
});

describe('recordings from real Go', () => {
  it('lesson slugs are unique, so each names one recording', () => {
    const slugs = lessons.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(lessons.map((l) => [l.rel, l] as const))('%s has a recording', (_rel, l) => {
    const expected = readExpected(l.slug);
    expect(expected, `run: node --import tsx lessons/record.ts ${l.slug}`).toBeDefined();
    if (expected === undefined) return;
    expect(expected.goVersion).toBe(GO_VERSION);
    expect(expected.runs).toBe(RECORD_RUNS);
    expect(expected.deterministic).toBe(!SORTED_LINES_LESSONS.has(l.slug));
    if (!expected.deterministic) {
      const lines = expected.stdout.replace(/\n$/, '').split('\n');
      expect(lines).toEqual([...lines].sort());
      expect(scenarioOf(l).settings.cores).toBeGreaterThan(1);
    }
    if (expected.exitCode === 0) expect(expected.stderrHead).toEqual([]);
  });

  it('has no recording without a lesson', () => {
    const slugs = new Set(lessons.map((l) => l.slug));
    const files = existsSync(EXPECTED_DIR) ? readdirSync(EXPECTED_DIR) : [];
    expect(files.filter((f) => !slugs.has(f.replace(/\.json$/, '')))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Each lesson type-checks, compiles, and runs under the engine exactly as real Go ran it.

describe('the Go subset (parseAndCheck)', () => {
  it.each(lessons.map((l) => [l.rel, l] as const))('%s type-checks', (_rel, l) => {
    const result = parseAndCheck(scenarioOf(l).program, 'main.go');
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/** Events at most, per lesson run (10 000 goroutines need a few hundred thousand). */
const MAX_EVENTS = 5_000_000;

const goldens = readGoldens();
const newGoldens: Record<string, EventLogGolden> = {};

describe('the engine reproduces real Go', () => {
  afterAll(() => {
    if (UPDATE_GOLDEN) writeGoldens(newGoldens);
  });

  it('every lesson has exactly one golden event-log hash', () => {
    if (UPDATE_GOLDEN) return;
    expect(Object.keys(goldens).sort()).toEqual(lessons.map((l) => l.rel).sort());
  });

  it.each(lessons.map((l) => [l.rel, l] as const))(
    '%s: same output as real Go, and every beat is reached in order',
    (_rel, l) => {
      const s = scenarioOf(l);
      const compiled = compileSource(s.program, 'main.go');
      if ('diagnostics' in compiled)
        throw new Error(`${l.rel}: does not compile: ${JSON.stringify(compiled.diagnostics)}`);
      const run = createGoRun(compiled.program, {
        gomaxprocs: gomaxprocsOf(s),
        seed: s.settings.seed,
        ...(s.settings.cost ? { cost: s.settings.cost as Partial<CostModel> } : {}),
      });
      run.runToEnd(MAX_EVENTS);
      expect(run.exit, 'the program ended').toBeDefined();
      const golden = hashEventLog(run.eventCount, (i) => run.event(i));
      if (UPDATE_GOLDEN) newGoldens[l.rel] = golden;
      else
        expect(golden, 'the event log changed: see lessons/eventLogGolden.ts to review and update').toEqual(
          goldens[l.rel],
        );
      const chunks = run.output();
      const actual: RunOutput = {
        stdout: chunks
          .filter((c) => c.stream === 'stdout')
          .map((c) => c.text)
          .join(''),
        stderr: chunks
          .filter((c) => c.stream === 'stderr')
          .map((c) => c.text)
          .join(''),
        exitCode: run.exit?.code ?? -1,
      };
      const expected = readExpected(l.slug);
      expect(expected).toBeDefined();
      if (expected === undefined) return;
      const verdict = compareOutput(expected, actual, compareModeOf(l.slug));
      expect(verdict.problems).toEqual([]);

      // Every beat resolves to an event (found the way the app finds it), in the order of the run.
      const tracker = new BeatTracker(s.beats.map((b) => b.at));
      const seqOf = new Map<number, number>();
      for (let e = 0; e < run.eventCount; e++) for (const i of tracker.observe(run.event(e))) seqOf.set(i, e);
      let last = -1;
      for (const [i, beat] of s.beats.entries()) {
        const seq = seqOf.get(i);
        expect(seq, `beat ${i} (${JSON.stringify(beat.at)}) matches no event`).toBeDefined();
        expect(seq!, `beat ${i} comes before beat ${i - 1}`).toBeGreaterThanOrEqual(last);
        last = seq!;
      }
    },
    120_000,
  );
});

// ---------------------------------------------------------------------------------------------------------
// The recordings are still true: rebuild and rerun a few lessons whose output only synchronisation decides.

const go = findGoToolchain();
if (!go.found) console.log(`[lessons] real-Go recheck skipped: ${go.reason}`);

/** Lessons rerun with real Go: one P, orders fixed by channels and runnext, no timing margins. */
const RECHECKED = [
  '02-channels/01-ping-pong.gosched',
  '02-channels/03-close-wakes-all.gosched',
  '06-failures/01-deadlock.gosched',
];

describe.skipIf(!go.found)('recordings still match real Go', () => {
  it.each(RECHECKED)(
    '%s',
    async (rel) => {
      if (!go.found) return;
      const l = byRel.get(rel);
      expect(l, `${rel} exists`).toBeDefined();
      if (l === undefined) return;
      const expected = readExpected(l.slug);
      expect(expected).toBeDefined();
      if (expected === undefined) return;
      const built = await buildLesson(l, go);
      try {
        const runs = await runBuilt(built, gomaxprocsOf(scenarioOf(l)), 2);
        for (const run of runs)
          expect(compareOutput(expected, run, compareModeOf(l.slug)).problems).toEqual([]);
      } finally {
        await built.cleanup();
      }
    },
    120_000,
  );
});
