import { describe, expect, it } from 'vitest';
import { scenarioText, type ExportScenario } from './job';

const scenario = (model?: string): ExportScenario => ({
  input: {
    title: 'Ping-pong',
    program: 'package main\n',
    settings: { gomaxprocs: 2, seed: 1, ...(model ? { model } : {}) },
  } as unknown as ExportScenario['input'],
  description: 'Two goroutines',
});

describe('scenarioText: what an exported video says of its scenario', () => {
  it('names the Go scheduler (M:P:N) when the scenario names no model', () => {
    expect(scenarioText(scenario())).toMatchObject({ title: 'Ping-pong', model: 'Go 1.22–1.24 (M:P:N)' });
  });

  it('names the model the scenario runs (N:1, the thread pool, …)', () => {
    expect(scenarioText(scenario('n-to-1')).model).toBe('N:1 (green threads on one OS thread)');
    expect(scenarioText(scenario('thread-pool')).model).toBe('Thread pool with one shared queue');
  });
});
