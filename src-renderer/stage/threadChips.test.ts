import { describe, expect, it } from 'vitest';
import type { MView } from '../../src-engine/sim/WorldView';
import { chipText, countByState } from './threadChips';

const m = (id: number, state: MView['state'], p: number | null = null): MView => ({ id, state, p, g: null });

describe('thread chips', () => {
  it('say which P a running M holds, and the state of the others', () => {
    expect(chipText(m(3, 'running', 1))).toBe('M3 ▶ P1');
    expect(chipText(m(4, 'spinning', 2))).toBe('M4 spinning');
    expect(chipText(m(1, 'sysmon'))).toBe('M1 sysmon');
    expect(chipText(m(7, 'syscall'))).toBe('M7 syscall');
  });
  it('summarise Ms that do not fit by state', () => {
    expect(countByState([m(1, 'idle'), m(2, 'syscall'), m(3, 'idle')])).toBe('2 idle · 1 syscall');
  });
});
