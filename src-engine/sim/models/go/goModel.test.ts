import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../lang/compile';
import { createGoRun } from '../../index';
import { createModelRun } from '../registry';
import { pingPong } from '../workloads';

describe('M:P:N (the go model)', () => {
  it('is today’s engine unchanged: the same event log as createGoRun', () => {
    const c = compileSource(pingPong(20, 5), 'main.go');
    if ('diagnostics' in c) throw new Error('compile');
    const a = createGoRun(c.program, { gomaxprocs: 4, seed: 9 });
    a.runToEnd();
    const b = createModelRun('go', c.program, { cores: 4, seed: 9 });
    b.runToEnd();
    expect(b.modelName).toBe(a.modelName);
    expect(b.eventCount).toBe(a.eventCount);
    for (let i = 0; i < a.eventCount; i += 1) expect(b.event(i)).toEqual(a.event(i));
  });
});
