import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteColumnToIndex, tokenLength } from './goColumns';

describe('byteColumnToIndex', () => {
  it('maps ASCII columns one to one', () => {
    expect(byteColumnToIndex('\tx := 1', 2)).toBe(1);
    expect(byteColumnToIndex('abc', 1)).toBe(0);
  });
  it('counts multi-byte characters by their UTF-8 length, as Go does', () => {
    // "é" is 2 bytes, "世" 3 bytes, "😀" 4 bytes and 2 UTF-16 units.
    expect(byteColumnToIndex('é x', 4)).toBe(2);
    expect(byteColumnToIndex('世x', 4)).toBe(1);
    expect(byteColumnToIndex('😀x', 5)).toBe(2);
  });
  it('agrees with TextEncoder for any string and any character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.nat(25), (s, k) => {
        const chars = [...s];
        const prefix = chars.slice(0, Math.min(k, chars.length)).join('');
        const col = new TextEncoder().encode(prefix).length + 1;
        expect(byteColumnToIndex(s, col)).toBe(prefix.length);
      }),
    );
  });
  it('clamps past the end', () => {
    expect(byteColumnToIndex('ab', 99)).toBe(2);
  });
});

describe('tokenLength', () => {
  it('covers an identifier or a selector', () => {
    expect(tokenLength('\tfmt.Printn("x")', 1)).toBe(10);
    expect(tokenLength('x := 1', 2)).toBe(1);
  });
});
