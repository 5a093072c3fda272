import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseAndCheck } from './index';
import { generateProgram } from './testdata/generate';
import { LECTURES } from './testdata/lectures';
import { POSITIVE } from './testdata/positive';

const corpus = [...Object.values(LECTURES), ...Object.values(POSITIVE)];

/** Every diagnostic must lie within the file: line 1..lines, column 1..(length of that line + 1 in bytes). */
function expectLocated(src: string, diags: ReturnType<typeof parseAndCheck>['diagnostics']): void {
  const lines = src.split('\n');
  for (const d of diags) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.col).toBeGreaterThanOrEqual(1);
    const lineBytes = new TextEncoder().encode(lines[d.line - 1] ?? '').length;
    expect(d.col).toBeLessThanOrEqual(lineBytes + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

const fragments = [
  '{',
  '}',
  '(',
  ')',
  ';',
  '\n',
  ':=',
  '=',
  'func',
  'go ',
  'for ',
  '<-',
  '"',
  '`',
  "'",
  '/*',
  ',',
  '.',
  '[',
  ']',
  'x',
  '0x',
  '1_',
  'chan ',
  'select',
  'case ',
  '...',
  '\u00e9',
  '\u0000',
  'break',
  'range ',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'swap'; at: number; ch: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), ch: fc.integer({ min: 0, max: 127 }) }),
);

function mutate(src: string, ms: readonly Mutation[]): string {
  let s = src;
  for (const m of ms) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else s = s.slice(0, at) + String.fromCharCode(m.ch) + s.slice(at + 1);
  }
  return s;
}

describe('properties', () => {
  it('random well-typed programs check with zero diagnostics', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 20, max: 150 }),
        (seed, lines) => {
          const src = generateProgram(seed, lines);
          const r = parseAndCheck(src);
          expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mutated programs never throw and every diagnostic is located in the file', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (i, ms) => {
          const src = mutate(corpus[i] ?? '', ms);
          const r = parseAndCheck(src);
          expectLocated(src, r.diagnostics);
          expect(r.diagnostics.filter((d) => d.phase === 'internal')).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('byte-level corruption never throws and yields located diagnostics', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        (i, flips) => {
          const bytes = new TextEncoder().encode(corpus[i] ?? '');
          for (const f of flips) bytes[f.at % bytes.length] = f.byte;
          const r = parseAndCheck(bytes);
          const text = new TextDecoder().decode(bytes);
          expectLocated(text, r.diagnostics);
          expect(r.diagnostics.filter((d) => d.phase === 'internal')).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const src = 'package main\n\nfunc main() {\n' + s + '\n}\n';
        const r = parseAndCheck(src);
        expectLocated(src, r.diagnostics);
        expect(r.diagnostics.filter((d) => d.phase === 'internal')).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
