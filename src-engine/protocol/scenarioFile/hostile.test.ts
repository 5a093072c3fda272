/**
 * Hostile scenario files (issue 10, item 7): deep nesting, prototype keys and costs the engine would refuse all
 * get a located message from the reader, the one validation `check`, the app's open and `run` share.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, MAX_JSON_NESTING, readScenario } from './read';
import { writeScenario } from './write';

const base = {
  format: 'gosched-scenario',
  version: 1,
  title: 't',
  settings: { cores: 1, seed: 1 },
  program: 'package main\n\nfunc main() {}\n',
  beats: [{ at: { seq: 0 }, caption: 'c' }],
  view: { theme: 'dark' },
};

function problems(text: string): string[] {
  const r = readScenario(text, 'h.gosched');
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
}

/** `base` as one line, with `insert` spliced in just after `anchor` (a JSON fragment of `base`). */
function withText(anchor: string, insert: string): string {
  const t = JSON.stringify(base);
  const i = t.indexOf(anchor);
  if (i < 0) throw new Error(`no ${anchor}`);
  return t.slice(0, i + anchor.length) + insert + t.slice(i + anchor.length);
}

describe('nesting', () => {
  it.each([3_000, 100_000])('a file nested %i levels deep is refused at the first bracket too deep', (n) => {
    const text = `{"x":${'['.repeat(n)}${']'.repeat(n)},"format":"gosched-scenario"}`;
    expect(problems(text)).toEqual([
      `h.gosched:1:${5 + MAX_JSON_NESTING}: nested more than ${MAX_JSON_NESTING} levels deep; scenario files are limited to ${MAX_JSON_NESTING} levels of objects and arrays`,
    ]);
  });
  it(`${MAX_JSON_NESTING} levels are read, kept and written back`, () => {
    const deep = '['.repeat(MAX_JSON_NESTING - 1) + ']'.repeat(MAX_JSON_NESTING - 1);
    const r = readScenario(withText('"t"', `,"x":${deep}`), 'h.gosched');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(JSON.stringify(JSON.parse(writeScenario(r.scenario)).x)).toBe(deep);
  });
});

describe('prototype keys: no pollution at any level', () => {
  const places: [string, string][] = [
    ['top level', '{'],
    ['settings', '"settings":{'],
    ['settings.cost', '"settings":{"cost":{'],
    ['view', '"view":{'],
    ['a beat', '"beats":[{'],
    ["a beat's at", '"at":{'],
    ['inside an unknown field', '{"x":{"y":['],
  ];
  it.each(places)('"__proto__" in %s is refused at the key', (_where, anchor) => {
    const text =
      anchor === '"settings":{"cost":{'
        ? withText('"seed":1', ',"cost":{"__proto__":{"stealNs":1}}')
        : anchor.startsWith('{"x"')
          ? withText('"t"', ',"x":{"y":[{"__proto__":{"polluted":true}}]}')
          : withText(anchor, '"__proto__":{"polluted":true},');
    const col = text.indexOf('"__proto__"') + 1;
    expect(problems(text)).toEqual([
      `h.gosched:1:${col}: the key "__proto__" is not allowed in a scenario file (JavaScript would take it as the object's prototype); rename or remove it`,
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])(
    '"%s" is an unknown field where fields are kept (top, settings, view, beat): kept as data and written back',
    (key) => {
      const text = withText('"settings":{', `"${key}":2,`)
        .replace(/^\{/, `{"${key}":1,`)
        .replace('"view":{', `"view":{"${key}":3,`)
        .replace('"caption":"c"', `"caption":"c","${key}":4`);
      const r = readScenario(text, 'h.gosched');
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      expect(r.warnings.map((w) => w.path)).toEqual([
        key,
        `settings.${key}`,
        `view.${key}`,
        `beats[0].${key}`,
      ]);
      const again = JSON.parse(writeScenario(r.scenario));
      expect([again[key], again.settings[key], again.view[key], again.beats[0][key]]).toEqual([1, 2, 3, 4]);
    },
  );

  it.each(['constructor', 'toString', 'valueOf'])(
    '"%s" as a cost or in a beat\'s at is refused at the key',
    (key) => {
      const cost = withText('"seed":1', `,"cost":{"${key}":5}`);
      expect(problems(cost)).toEqual([
        `h.gosched:1:${cost.indexOf(`"${key}"`) + 1}: settings.cost.${key}: unknown field "${key}"; expected one of contextSwitchNs, stealNs, syscallEntryNs, fmtWriteNs, statementStepNs, threadWakeNs, threadCreateNs, goStatementNs, chanOpNs, syncOpNs, mutexSpinNs, usleep3Ns, timerSlackNs, preemptSignalNs, gcStwNs, gomaxprocsStwNs`,
      ]);
      const at = withText('"at":{"seq":0', `,"${key}":1`);
      expect(problems(at)[0]).toMatch(/^h\.gosched:1:\d+: beats\[0\]\.at/);
    },
  );
});

describe("costs: the engine's own validation (costOverridesSchema), located", () => {
  it('refuses unknown names, a 0 ns step and values above an hour, each at its place, in file order', () => {
    const text = JSON.stringify(
      {
        ...base,
        settings: { cores: 1, seed: 1, cost: { bogus: 5, statementStepNs: 0, stealNs: 3_600_000_000_001 } },
      },
      null,
      2,
    );
    expect(problems(text)).toEqual([
      expect.stringMatching(
        /^h\.gosched:9:7: settings\.cost\.bogus: unknown field "bogus"; expected one of contextSwitchNs/,
      ),
      'h.gosched:10:26: settings.cost.statementStepNs: must be at least 1 ns',
      'h.gosched:11:18: settings.cost.stealNs: must be at most 3600000000000 ns (1 hour)',
    ]);
  });
  it('accepts every name at its bounds', () => {
    const r = readScenario(
      JSON.stringify({
        ...base,
        settings: { cores: 1, seed: 1, cost: { statementStepNs: 1, gcStwNs: 3_600_000_000_000, stealNs: 0 } },
      }),
      'h.gosched',
    );
    expect(r.ok).toBe(true);
  });
});
