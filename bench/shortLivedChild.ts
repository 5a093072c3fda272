/**
 * Child process of `engine.peakMiB_*ShortLived` (bench/memory.ts): runs a Go program whose main starts N
 * goroutines that return at once, to its end, and prints its own peak resident memory as JSON. With N = 0 it
 * only loads the engine (the baseline of this loader).
 */
import { compileSource } from '../src-engine/lang/compile';
import { createGoRun } from '../src-engine/sim';

const n = Number(process.argv[2] ?? '0');
const program = `package main

import "sync"

func main() {
\tvar wg sync.WaitGroup
\tfor i := 0; i < ${n}; i++ {
\t\twg.Add(1)
\t\tgo func() { wg.Done() }()
\t}
\twg.Wait()
}
`;
const compiled = compileSource(program, 'main.go');
if ('diagnostics' in compiled) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
let events = 0;
let exitCode = -1;
if (n > 0) {
  const run = createGoRun(compiled.program, { gomaxprocs: 4, seed: 1 });
  run.runToEnd();
  events = run.eventCount;
  exitCode = run.exit?.code ?? -1;
}
const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ n, events, exitCode, peakMiB }) + '\n');
