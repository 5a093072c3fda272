/**
 * Long chains that real programs (and code generators) write, which go build accepts (issue 10, item 7): a
 * left-nested operator chain and an `else if` chain are parsed, checked, compiled and run with loops, not
 * recursion, so their length meets no stack limit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAndCheck } from '../index';
import { runGo } from './testing/runGo';

const GO = '/usr/lib/go-1.23/bin/go';

const prog = (body: string): string =>
  `package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n${body}\n}\n`;
/** `y := t + t + … (n terms)`, printed. */
const sum = (n: number, term: string): string =>
  prog(`\ty := ${Array(n).fill(term).join(' + ')}\n\tfmt.Println(y, x)`);
/** An if with `n` else-if branches; the one for `x == n` prints. */
const elseIfs = (n: number): string =>
  prog(
    `\tx = ${n}\n\tif x == 0 {\n\t\tfmt.Println(0)\n\t}` +
      Array.from({ length: n }, (_, i) => ` else if x == ${i + 1} {\n\t\tfmt.Println(${i + 1})\n\t}`).join(
        '',
      ) +
      ' else {\n\t\tfmt.Println(-1)\n\t}',
  );

describe('left-nested operator chains (checkBinary, compileBinary)', () => {
  it.each<[string, string, string]>([
    ['2 001 constant terms', sum(2001, '1'), '2001 1\n'],
    ['2 001 variable terms', sum(2001, 'x'), '2001 1\n'],
    ['20 000 variable terms', sum(20_000, 'x'), '20000 1\n'],
    [
      '10 000 string terms',
      sum(10_000, '"ab"').replace('fmt.Println(y, x)', 'fmt.Println(len(y), x)'),
      '20000 1\n',
    ],
    [
      '5 000 && terms',
      prog(`\ty := ${Array(5000).fill('x > 0').join(' && ')}\n\tfmt.Println(y, x)`),
      'true 1\n',
    ],
  ])('%s run as Go runs them', (_name, src, out) => {
    expect(parseAndCheck(src).diagnostics).toEqual([]);
    const r = runGo(src);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([out, '', 0]);
  });
});

describe('else-if chains (parseIf, checkIf, compileIf)', () => {
  it.each([2_500, 10_000])('%i else-ifs pick the right branch', (n) => {
    const r = runGo(elseIfs(n));
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([`${n}\n`, '', 0]);
  });
  it('every branch of a chain still sees the names its if declared, and a missing return is still found', () => {
    const scoped = prog(
      '\tif a := x; a > 5 {\n\t} else if b := a + 1; b > 1 {\n\t\tfmt.Println(a, b)\n\t} else {\n\t\tfmt.Println(a, b, -1)\n\t}',
    );
    expect(runGo(scoped).stdout).toBe('1 2\n');
    const missing =
      'package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if x < 0 {\n\t\treturn 2\n\t}\n}\n\nfunc main() { f(1) }\n';
    expect(parseAndCheck(missing).diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
      '9:1: missing return',
    ]);
  });
});

describe.skipIf(!existsSync(GO))('go build accepts the same programs and prints the same (Go 1.23)', () => {
  it.each<[string, string]>([
    ['sum2001', sum(2001, 'x')],
    ['elseif2500', elseIfs(2500)],
  ])(
    '%s',
    (name, src) => {
      const dir = join(mkdtempSync(join(tmpdir(), 'gosched-chain-')), name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'go.mod'), 'module x\n\ngo 1.23\n');
      writeFileSync(join(dir, 'main.go'), src);
      const env = {
        ...process.env,
        GOTOOLCHAIN: 'local',
        GOFLAGS: '-mod=mod',
        GOCACHE: process.env['GOCACHE'] ?? join(tmpdir(), 'gosched-test-gocache'),
      };
      const real = execFileSync(GO, ['run', '.'], { cwd: dir, env, encoding: 'utf8' });
      expect(runGo(src).stdout).toBe(real);
    },
    120_000,
  );
});
