import { describe, expect, it } from 'vitest';
import { formatBytes } from './compareTable';

describe('formatBytes', () => {
  it('names the unit a reader expects', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(8 * 1024 * 1024)).toBe('8.00 MiB');
    expect(formatBytes(101 * 8 * 1024 * 1024)).toBe('808 MiB');
  });
});
