import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations';
import { formatProblem, readScenario } from './read';
import { MODEL_IDS } from '../../sim/models/catalog';
import { SCENARIO_SCHEMA_URL, SCENARIO_VERSION, type ScenarioFile } from './schema';
import { writeScenario } from './write';

const valid = {
  format: 'gosched-scenario',
  version: 1,
  title: 'runnext',
  description: 'New goroutines go to runnext.',
  settings: { cores: 1, seed: 7 },
  program: 'package main\n\nfunc main() {}\n',
  beats: [{ at: { fn: 'runtime.newproc' }, caption: 'G2 goes to runnext', pause: true }],
  view: { theme: 'dark' },
};
const text = (doc: unknown) => JSON.stringify(doc, null, 2);

function problems(t: string, file = 'lesson.gosched'): string[] {
  const r = readScenario(t, file);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
}

describe('readScenario', () => {
  it('reads a valid file and fills defaults', () => {
    const r = readScenario(text({ ...valid, beats: undefined, description: undefined }), 'a.gosched');
    expect(r.ok && r.scenario.beats).toEqual([]);
    expect(r.ok && r.scenario.description).toBe('');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('locates corrupt JSON at line and column', () => {
    expect(problems('{\n  "format": "gosched-scenario",\n  "version": 1,,\n}')).toEqual([
      'lesson.gosched:3:16: invalid JSON: expected a property name in double quotes',
      'lesson.gosched:4:1: invalid JSON: expected a property name in double quotes',
    ]);
  });

  it('refuses a file that is not a scenario, naming the format it has', () => {
    expect(problems(text({ ...valid, format: 'tldraw' }))).toEqual([
      'lesson.gosched:2:13: format: not a GoSched scenario: it has format "tldraw", expected "gosched-scenario"',
    ]);
    expect(problems('[1, 2]')).toEqual(['lesson.gosched:1:1: expected a JSON object, found array']);
    expect(problems('')).toEqual(['lesson.gosched:1:1: the file is empty; expected a JSON object']);
  });

  it('refuses a newer version with advice', () => {
    expect(problems(text({ ...valid, version: 7 }))[0]).toMatch(
      /^lesson\.gosched:3:14: version: saved by a newer GoSched Studio \(format version 7; this app reads up to 2\)/,
    );
  });

  it('migrates a version-1 file to the Go scheduler model', () => {
    const r = readScenario(text(valid), 'a.gosched');
    expect(r.ok && r.scenario.settings.model).toBe('go');
    expect(r.ok && r.migratedFrom).toBe(1);
  });

  it('locates a model that does not exist, naming the allowed models', () => {
    const doc = { ...valid, version: 2, settings: { cores: 1, seed: 7, model: 'm-to-n' } };
    expect(problems(text(doc))).toEqual([
      'lesson.gosched:9:14: settings.model: unknown scheduler model "m-to-n"; the models are: os-threads, n-to-1, one-to-one, thread-pool, global-queue, per-thread-queues, go',
    ]);
  });

  it('locates a model setting the model cannot take, before any run', () => {
    const doc = {
      ...valid,
      version: 2,
      settings: { cores: 1, seed: 7, model: 'thread-pool', modelSettings: { poolWorkers: 0 } },
    };
    expect(problems(text(doc))).toEqual([
      'lesson.gosched:11:22: settings.modelSettings.poolWorkers: poolWorkers of model "thread-pool" must be a whole number in 1..4096 (count), got 0',
    ]);
    const threads = {
      ...doc,
      settings: { ...doc.settings, model: 'one-to-one', modelSettings: { maxThreads: 100000 } },
    };
    expect(problems(text(threads))[0]).toMatch(
      /settings\.modelSettings\.maxThreads: maxThreads of model "one-to-one" must be a whole number in 1\.\.32768/,
    );
  });

  it('names the JSON path, line and column of a field of the wrong type', () => {
    const bad = text({ ...valid, settings: { cores: 'four', seed: 7 } });
    expect(problems(bad)).toEqual([
      'lesson.gosched:7:14: settings.cores: Invalid input: expected number, received string',
    ]);
    expect(problems(text({ ...valid, settings: { cores: 300, seed: 1 } }))[0]).toMatch(
      /settings\.cores: Too big/,
    );
    expect(problems(text({ ...valid, beats: [{ at: { seq: 1 }, caption: '' }] }))[0]).toMatch(
      /beats\[0\]\.caption/,
    );
  });

  it('keeps unknown fields, warns about them, and writes them back', () => {
    const r = readScenario(
      text({ ...valid, x: { y: 1 }, settings: { ...valid.settings, turbo: true } }),
      'a.gosched',
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.warnings.map((w) => w.path)).toEqual(['x', 'settings.turbo']);
    const again = JSON.parse(writeScenario(r.scenario));
    expect(again.x).toEqual({ y: 1 });
    expect(again.settings.turbo).toBe(true);
  });

  it('opens a plain .go file with default settings', () => {
    const r = readScenario('package main\n', 'dir/ping.go');
    expect(r.ok && r.scenario.title).toBe('ping');
    expect(r.ok && r.scenario.settings).toEqual({ cores: 4, seed: 1, model: 'go' });
  });

  it('refuses a file over 5 MB', () => {
    expect(problems('x'.repeat(5 * 1024 * 1024 + 1))).toEqual([
      'lesson.gosched: the file is 5.0 MB; scenarios are limited to 5 MB',
    ]);
  });

  it('round-trips any valid scenario through write and read', () => {
    const scenario = fc.record({
      title: fc.string({ minLength: 1, maxLength: 40 }),
      description: fc.string({ maxLength: 80 }),
      program: fc.string({ maxLength: 200 }),
      settings: fc.record({
        cores: fc.integer({ min: 1, max: 256 }),
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        model: fc.constantFrom(...MODEL_IDS),
      }),
      beats: fc.array(
        fc.record({
          at: fc.oneof(
            fc.record({ timeNs: fc.nat() }),
            fc.record({ seq: fc.nat() }),
            fc.record({
              fn: fc.constantFrom('runtime.newproc', 'runtime.handoffp'),
              nth: fc.integer({ min: 1, max: 9 }),
            }),
          ),
          caption: fc.string({ minLength: 1, maxLength: 40 }),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const full = {
          ...s,
          $schema: SCENARIO_SCHEMA_URL,
          format: 'gosched-scenario',
          version: SCENARIO_VERSION,
          breakpoints: [],
          view: {},
        } as ScenarioFile;
        const r = readScenario(writeScenario(full), 's.gosched');
        expect(r.ok).toBe(true);
        if (r.ok) expect(writeScenario(r.scenario)).toBe(writeScenario(full));
      }),
    );
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { from: 1, describe: 'rename cores', migrate: (d) => ({ ...d, cpus: d['cores'] }) },
    { from: 2, describe: 'add view', migrate: (d) => ({ ...d, view: {} }) },
  ];
  it('applies each numbered step in order and stamps the version', () => {
    expect(migrate({ cores: 2, version: 1 }, 1, 3, steps)).toEqual({
      cores: 2,
      cpus: 2,
      view: {},
      version: 3,
    });
  });
  it('fails loudly when a step is missing', () => {
    expect(() => migrate({}, 1, 4, steps)).toThrow('no migration from scenario version 3 to 4');
  });
});

describe('version 2: breakpoints', () => {
  it('migrates a version 1 file (no breakpoints) and says so', () => {
    const r = readScenario(text(valid), 'old.gosched');
    expect(r.ok && r.scenario.breakpoints).toEqual([]);
    expect(r.ok && r.migratedFrom).toBe(1);
  });

  it('keeps breakpoints through a save and a read', () => {
    const r = readScenario(
      text({
        ...valid,
        version: 2,
        breakpoints: [
          { id: 'a', enabled: true, on: { event: 'steal' } },
          { id: 'b', enabled: false, on: { g: 7 } },
          { id: 'c', on: { line: 12 } },
        ],
      }),
      'bp.gosched',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.breakpoints[2]).toEqual({ id: 'c', enabled: true, on: { line: 12 } });
    const again = readScenario(writeScenario(r.scenario), 'bp.gosched');
    expect(again.ok && again.scenario.breakpoints).toEqual(r.scenario.breakpoints);
  });

  it('locates a breakpoint on an unknown event kind', () => {
    const bad = text({ ...valid, version: 2, breakpoints: [{ id: 'a', on: { event: 'teleport' } }] });
    expect(problems(bad)[0]).toMatch(/^lesson\.gosched:\d+:\d+: breakpoints\[0\]\.on/);
  });
});
