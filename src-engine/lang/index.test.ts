import { describe, expect, it } from 'vitest';
import { formatDiagnostic, MAX_SOURCE_BYTES, parseAndCheck } from './index';

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("héllo")\n}\n';

describe('parseAndCheck input handling', () => {
  it('accepts UTF-8 bytes and strings alike', () => {
    const fromBytes = parseAndCheck(new TextEncoder().encode(hello));
    expect(fromBytes.ok).toBe(true);
    expect(parseAndCheck(hello).ok).toBe(true);
  });

  it('reports invalid UTF-8 at its line and byte column', () => {
    const bytes = new TextEncoder().encode('package main\n\nfunc main() {\n\tx := "ab"\n}\n');
    bytes[35] = 0xff; // the `a` in the line `\tx := "ab"`
    const r = parseAndCheck(bytes);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['main.go:4:8: invalid UTF-8 encoding']);
    expect(parseAndCheck(new Uint8Array([0xc3])).diagnostics.map(formatDiagnostic)).toEqual([
      'main.go:1:1: invalid UTF-8 encoding',
    ]);
    expect(parseAndCheck(new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false); // encoded surrogate
  });

  it('uses the given file name', () => {
    const r = parseAndCheck('package main\n', 'lesson.go');
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'lesson.go:1:9: function main is undeclared in the main package',
    ]);
  });

  it('refuses files over 1 MB quickly with a located message', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(32);
    const r = parseAndCheck(big);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'main.go:1:1: file is too large (10.0 MB); scenarios are limited to 1 MB',
    ]);
    const s = parseAndCheck(' '.repeat(MAX_SOURCE_BYTES + 1));
    expect(s.diagnostics[0]?.message).toBe('file is too large (1.0 MB); scenarios are limited to 1 MB');
  });

  it('caps errors at 10 and then says too many errors', () => {
    const lines = Array.from({ length: 15 }, (_, i) => `\tv${i} := undefinedName${i}`).join('\n');
    const r = parseAndCheck(`package main\n\nfunc main() {\n${lines}\n}\n`);
    expect(r.diagnostics).toHaveLength(11);
    expect(formatDiagnostic(r.diagnostics[10] ?? r.diagnostics[0]!)).toBe('main.go:9:2: too many errors');
  });

  it('never throws on pathological input', () => {
    const inputs = [
      '',
      '\u0000',
      'package',
      'package main\nfunc main() {' + '{'.repeat(20000),
      'package main\nvar x = ' + '-'.repeat(50000) + '1\nfunc main() {}',
      'package main\nvar x = ' + '[]int{'.repeat(3000) + '\nfunc main() {}',
      'package main\nfunc main() { x := ' + 'f('.repeat(3000) + ' }',
    ];
    for (const src of inputs) {
      const r = parseAndCheck(src);
      expect(r.ok).toBe(false);
      for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });
});
