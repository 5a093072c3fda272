import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it were a file at `filePath`, returning the rule ids that fired. */
async function rulesFired(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('engine purity lint rule', () => {
  const impure = [
    "import { readFileSync } from 'fs';",
    "import { join } from 'node:path';",
    "import { app } from 'electron';",
    'export const a = Date.now();',
    'export const b = Math.random();',
    'export const c = performance.now();',
    'setTimeout(() => 0, 1);',
    'export const d = document.title;',
  ];

  it.each(impure)('rejects `%s` in src-engine/sim and src-engine/lang', async (line) => {
    for (const dir of ['sim', 'lang']) {
      const fired = await rulesFired(`${line}\nexport {};\n`, `src-engine/${dir}/probe.ts`);
      expect(fired.some((r) => r.startsWith('no-restricted-'))).toBe(true);
    }
  });

  it('allows the same in src-engine/host, which owns ports and wall-clock time', async () => {
    const fired = await rulesFired(
      'export const c = performance.now();\nsetTimeout(() => 0, 1);\n',
      'src-engine/host/probe.ts',
    );
    expect(fired.filter((r) => r.startsWith('no-restricted-'))).toEqual([]);
  });

  it('allows pure code in the engine', async () => {
    const fired = await rulesFired('export const x = Math.max(1, 2);\n', 'src-engine/sim/probe.ts');
    expect(fired).toEqual([]);
  });
});
