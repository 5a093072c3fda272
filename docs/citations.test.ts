/**
 * The design documents travel with the repository: every citation in the code names a document under
 * `docs/` that exists, and every section it cites (`docs/go-scheduler.md §3.2, §3.3`) is a heading there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Tracked text files outside docs/ that may cite the design documents. */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => f !== '' && !f.startsWith('docs/') && /\.(ts|mjs|js|svelte|go|md|json)$/.test(f))
    .filter((f) => !f.endsWith('package-lock.json') && existsSync(join(root, f)));
}

/** Section numbers that head a section of a document (`## 3. …`, `### 3.2 …`). */
function sectionsOf(doc: string): Set<string> {
  const found = new Set<string>();
  for (const m of readFileSync(join(root, 'docs', doc), 'utf8').matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)) {
    found.add(m[1]!);
  }
  return found;
}

describe('design document citations', () => {
  const files = sourceFiles();

  it('every cited document is in docs/ and every cited section heads a section there', () => {
    const problems: string[] = [];
    const sections = new Map<string, Set<string>>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/docs\/([a-z-]+\.md)((?:,? ?§\d+(?:\.\d+)*)*)/g)) {
        const doc = m[1]!;
        if (!existsSync(join(root, 'docs', doc))) {
          problems.push(`${file}: cites docs/${doc}, which does not exist`);
          continue;
        }
        if (!sections.has(doc)) sections.set(doc, sectionsOf(doc));
        for (const s of m[2]!.matchAll(/§(\d+(?:\.\d+)*)/g)) {
          if (!sections.get(doc)!.has(s[1]!))
            problems.push(`${file}: cites docs/${doc} §${s[1]}, no such section`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no citation points outside the repository or names a document without its folder', () => {
    const problems: string[] = [];
    for (const file of files) {
      if (file === 'docs/citations.test.ts') continue;
      const text = readFileSync(join(root, file), 'utf8');
      if (/shared\/design/.test(text)) problems.push(`${file}: cites shared/design`);
      for (const m of text.matchAll(/(^|[^/\w])(go-scheduler|language|architecture|models)\.md/g)) {
        problems.push(`${file}: cites ${m[2]}.md without docs/`);
      }
    }
    expect(problems).toEqual([]);
  });
});
