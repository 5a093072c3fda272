import { describe, expect, it } from 'vitest';
import { formatNs } from './formatNs';

describe('formatNs', () => {
  it.each([
    [0, '0 ns'],
    [999, '999 ns'],
    [1_500, '1.50 µs'],
    [16_400, '16.4 µs'],
    [2_500_000, '2.500 ms'],
    [3_000_000_000, '3.000 s'],
  ])('%d ns reads %s', (ns, text) => expect(formatNs(ns)).toBe(text));
});
