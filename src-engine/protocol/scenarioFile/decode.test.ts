import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, firstInvalidUtf8 } from './decode';

const enc = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('decodeScenarioBytes', () => {
  it('reports the first invalid sequence at its line and byte column', () => {
    const b = new Uint8Array([...enc('{\n  "title": "é'), 0xc3, 0x28, ...enc('"\n}')]);
    expect(decodeScenarioBytes(b, 'a.gosched')).toEqual({
      ok: false,
      problem: { file: 'a.gosched', line: 2, col: 15, message: 'invalid UTF-8 encoding' },
    });
  });
  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0xe4, 0xb8]],
  ])('refuses %s', (_name, bad) => {
    expect(firstInvalidUtf8(new Uint8Array([...enc('ab\ncd'), ...bad]))).toEqual({ line: 2, col: 3 });
  });
  it('agrees with a fatal TextDecoder on any bytes, and decodes valid text unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === null).toBe(valid);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(decodeScenarioBytes(new TextEncoder().encode('x' + s), 'x.go')).toEqual({
          ok: true,
          text: 'x' + s,
        });
      }),
    );
  });
});
