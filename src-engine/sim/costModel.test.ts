import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_MODEL, resolveCostModel, SettingsError } from './costModel';

describe('cost model (costModel.ts)', () => {
  it('defaults are integers in ns, and overrides apply', () => {
    const c = resolveCostModel({ usleep3Ns: 3_000 });
    expect(c.usleep3Ns).toBe(3_000);
    expect(c.contextSwitchNs).toBe(DEFAULT_COST_MODEL.contextSwitchNs);
    for (const v of Object.values(DEFAULT_COST_MODEL)) expect(Number.isInteger(v) && v >= 0).toBe(true);
  });
  it('rejects unknown settings, negative, fractional and huge durations', () => {
    expect(() => resolveCostModel({ nope: 1 } as never)).toThrow(SettingsError);
    expect(() => resolveCostModel({ stealNs: -5 })).toThrow(/stealNs/);
    expect(() => resolveCostModel({ stealNs: 1.5 })).toThrow(/stealNs/);
    expect(() => resolveCostModel({ gcStwNs: 1e18 })).toThrow(/gcStwNs/);
  });
});
