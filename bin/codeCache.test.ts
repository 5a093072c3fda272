import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the launcher (no types)
import { cachePath, loadWithCodeCache } from './codeCache.mjs';

interface Loaded {
  exports: { answer(): number };
  usedCache: boolean;
  saveCache(): void;
}
const load = loadWithCodeCache as (file: string) => Loaded;
const pathOf = cachePath as (file: string, source: string) => string | undefined;

const dir = mkdtempSync(join(tmpdir(), 'gosched-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script build as vite.cli.config.ts writes it: the build id on its first line, then CommonJS. */
function script(name: string, id: string | undefined, answer: number): string {
  const file = join(dir, name);
  const body = `function answer() { return ${answer}; }\nexports.answer = answer;\n`;
  writeFileSync(file, id === undefined ? body : `// gosched-cli-build ${id}\n${body}`);
  return file;
}

describe('the command line runs its script build with a V8 code cache (issue 10, item 2)', () => {
  it('the first start writes the cache beside the script; the next start uses it', () => {
    const file = script('a.cjs', 'aaaaaaaaaaaaaaaa', 42);
    const first = load(file);
    expect(first.exports.answer()).toBe(42);
    expect(first.usedCache).toBe(false);
    first.saveCache();
    expect(readdirSync(dir).filter((f) => f.startsWith('a.cjs.') && f.endsWith('.cache'))).toHaveLength(1);
    const second = load(file);
    expect(second.usedCache).toBe(true);
    expect(second.exports.answer()).toBe(42);
  });

  it('a new build (another id) never gets the old cache, even at the same length', () => {
    const file = script('b.cjs', 'bbbbbbbbbbbbbbbb', 1);
    load(file).saveCache();
    const rebuilt = script('b.cjs', 'cccccccccccccccc', 2);
    const next = load(rebuilt);
    expect(next.usedCache).toBe(false);
    expect(next.exports.answer()).toBe(2);
  });

  it('a damaged cache is refused by V8 and replaced; the script still runs', () => {
    const file = script('c.cjs', 'dddddddddddddddd', 7);
    const cache = pathOf(file, `// gosched-cli-build dddddddddddddddd\n`)!;
    writeFileSync(cache, 'not a code cache');
    const run = load(file);
    expect(run.usedCache).toBe(false);
    expect(run.exports.answer()).toBe(7);
    run.saveCache();
    expect(load(file).usedCache).toBe(true);
  });

  it('a script without a build id runs without a cache', () => {
    const file = script('d.cjs', undefined, 3);
    const run = load(file);
    expect(run.exports.answer()).toBe(3);
    run.saveCache();
    expect(readdirSync(dir).some((f) => f.startsWith('d.cjs.'))).toBe(false);
    expect(existsSync(file)).toBe(true);
  });
});
