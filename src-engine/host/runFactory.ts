import { RoundRobinRun } from '../sim/roundRobin/RoundRobinRun';
import type { RunFactory } from './EngineHost';

/**
 * The run factory of the walking skeleton: every scenario runs under the round-robin model with a fixed
 * demo workload (main plus eight workers). The Go scheduler model and the scenario language replace it.
 */
export const skeletonRunFactory: RunFactory = (scenario) =>
  new RoundRobinRun({
    cores: scenario.settings.cores,
    seed: scenario.settings.seed,
    workers: 8,
    sliceNs: 20_000,
  });
