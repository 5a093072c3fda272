import { parseAndCheck } from '../src-engine/lang/index';
import { generateProgram } from '../src-engine/lang/testdata/generate';

/**
 * Benchmarks the scenario language front end.
 *
 * @returns `lang.checkMs`: the median time in milliseconds to parse and check a generated 500-line
 * program (after a warm-up), over 21 runs.
 */
export async function benchLang(): Promise<Record<string, number>> {
  const src = generateProgram(20_251_122, 500);
  for (let i = 0; i < 5; i++) parseAndCheck(src);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    const r = parseAndCheck(src);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`benchmark program does not check: ${r.diagnostics[0]?.message ?? ''}`);
  }
  times.sort((a, b) => a - b);
  return { 'lang.checkMs': times[Math.floor(times.length / 2)] ?? 0 };
}
