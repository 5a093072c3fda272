/**
 * Scenario files that e2e tests and the stage benchmark open through the app's file input, as a person would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of a scenario a test sets; the rest gets the defaults of an empty scenario. */
export interface TestScenario {
  readonly title: string;
  readonly program: string;
  readonly settings: {
    readonly cores: number;
    readonly seed: number;
    readonly cost?: Record<string, number>;
    /** Scheduler model id (the Go scheduler when absent). */
    readonly model?: string;
  };
  readonly beats?: readonly {
    at: { fn: string; g?: number; nth?: number };
    caption: string;
    pause?: boolean;
  }[];
}

/** Writes `scenario` as a `.gosched` file named `name` in a fresh temporary folder; returns its path. */
export function writeScenarioFile(name: string, scenario: TestScenario): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gosched-test-')), name);
  writeFileSync(
    file,
    JSON.stringify({ format: 'gosched-scenario', version: 1, description: '', beats: [], ...scenario }),
  );
  return file;
}

/**
 * 99 999 goroutines that all block on one channel, plus main waiting for them (Go ends it as a deadlock),
 * with near-zero costs so that it reaches 100 000 goroutines in a few seconds at 100×.
 */
export const HUNDRED_THOUSAND: TestScenario = {
  title: 'one hundred thousand goroutines',
  settings: {
    cores: 8,
    seed: 1,
    cost: { goStatementNs: 1, statementStepNs: 1, contextSwitchNs: 1, chanOpNs: 1, syncOpNs: 1 },
  },
  program: `package main

import "sync"

func main() {
\tvar wg sync.WaitGroup
\tch := make(chan int)
\tfor i := 0; i < 99999; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\t<-ch
\t\t}()
\t}
\twg.Wait()
}
`,
};
