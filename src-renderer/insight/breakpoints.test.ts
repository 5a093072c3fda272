import { describe, expect, it } from 'vitest';
import { breakpointLabel, lineProblem } from './breakpoints';

const program = 'package main\n\nimport "fmt"\n\n// hello\nfunc main() {\n\tfmt.Println(1)\n}\n';

describe('breakpoints', () => {
  it('refuses lines with no code, with a reason', () => {
    expect(lineProblem(program, 2)).toMatch(/^Line 2 has no code/);
    expect(lineProblem(program, 5)).toMatch(/no code/);
    expect(lineProblem(program, 8)).toMatch(/no code/);
    expect(lineProblem(program, 1)).toMatch(/package clause/);
    expect(lineProblem(program, 3)).toMatch(/import/);
    expect(lineProblem(program, 40)).toMatch(/past the end of the program \(9 lines\)/);
    expect(lineProblem(program, 7)).toBeUndefined();
  });

  it('names breakpoints', () => {
    expect(breakpointLabel({ id: 'a', enabled: true, on: { event: 'steal' } })).toBe('On a steal');
    expect(breakpointLabel({ id: 'a', enabled: true, on: { g: 7 } })).toBe('When G7 does something');
    expect(breakpointLabel({ id: 'a', enabled: true, on: { line: 3 } })).toBe(
      'When a goroutine is at line 3',
    );
  });
});
