/** The back end never throws: bad or hostile input gives located diagnostics or Go-style panics. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATIVE } from '../testdata/negative';
import { POSITIVE } from '../testdata/positive';
import { compileSource } from './index';
import { runGo } from './testing/runGo';

describe('compileSource', () => {
  it('returns diagnostics (never throws) for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        const r = compileSource(`package main\n\nfunc main() {\n${junk}\n}\n`);
        if ('diagnostics' in r) expect(r.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 1 },
    );
  });
  it('returns diagnostics for every negative case of the front end', () => {
    for (const c of NEGATIVE) {
      const r = compileSource(c.src);
      expect('diagnostics' in r, c.name).toBe(true);
    }
  });
  it('compiles every positive sample of the front end', () => {
    for (const [name, src] of Object.entries(POSITIVE)) {
      const r = compileSource(src);
      expect('diagnostics' in r ? r.diagnostics.map((d) => d.message) : [], name).toEqual([]);
    }
  });
});

describe('interpreter limits become Go-style panics', () => {
  it('unbounded recursion', () => {
    const r = runGo(
      'package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n',
    );
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^panic: scenario limit: goroutine stack exceeds \d+ nested calls/);
  });
  it('huge slices', () => {
    const r = runGo('package main\n\nfunc main() {\n\tn := 1 << 40\n\ts := make([]int, n)\n\t_ = s\n}\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('panic: runtime error: makeslice: len out of range');
  });
});
