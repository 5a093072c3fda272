/** `gosched run`: runs a program headless and prints exactly what it prints. */
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { EventIndex } from '../../sim/insight/EventIndex';
import { computeMetrics, metricsCsv } from '../../sim/insight/metrics';
import { compileSource } from '../../lang/compile';
import { formatDiagnostic } from '../../lang/diagnostics';
import { createGoRun, type CostModel, type GoRun } from '../../sim';
import { InputError, type LoadedScenario } from './load';

/** Where output goes (the process streams, or buffers in tests). */
export interface Sink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Events processed between output flushes. */
const CHUNK_EVENTS = 50_000;

function closeStream(s: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    s.on('error', reject);
    s.end(() => resolve());
  });
}

/** Runs `sc`; returns Go's exit status (0 when stopped by `--until` before the end). */
export async function runScenario(
  sc: LoadedScenario,
  opts: {
    cores?: number | undefined;
    seed?: number | undefined;
    untilNs?: number | undefined;
    events?: string | undefined;
    metrics?: string | undefined;
  },
  sink: Sink,
): Promise<number> {
  const cost = sc.cost as Partial<CostModel> | undefined;
  const compiled = compileSource(sc.program, sc.name, { stepNs: cost?.statementStepNs });
  if ('diagnostics' in compiled) {
    for (const d of compiled.diagnostics) sink.stderr(formatDiagnostic(d) + '\n');
    return 1;
  }
  let run: GoRun;
  try {
    run = createGoRun(compiled.program, {
      gomaxprocs: opts.cores ?? sc.gomaxprocs,
      seed: opts.seed ?? sc.seed,
      ...(cost ? { cost } : {}),
    });
  } catch (err) {
    throw new InputError(`${sc.name}: ${(err as Error).message}`);
  }
  let events: WriteStream | null = null;
  if (opts.events !== undefined) {
    events = createWriteStream(opts.events);
    await new Promise<void>((resolve, reject) => {
      (events as WriteStream).once('open', () => resolve());
      (events as WriteStream).once('error', (e) =>
        reject(new InputError(`${opts.events}: cannot write (${e.message})`)),
      );
    });
  }
  let printed = 0;
  let logged = 0;
  const index = opts.metrics !== undefined ? new EventIndex() : null;
  const flush = (): void => {
    const out = run.output();
    for (; printed < out.length; printed++) {
      const o = out[printed];
      if (o === undefined) continue;
      if (o.stream === 'stdout') sink.stdout(o.text);
      else sink.stderr(o.text);
    }
    if (index !== null) for (let s = index.length; s < run.eventCount; s++) index.add(run.event(s));
    if (events !== null) {
      let buf = '';
      for (; logged < run.eventCount; logged++) buf += JSON.stringify(run.event(logged)) + '\n';
      if (buf !== '') events.write(buf);
    }
  };
  if (opts.untilNs !== undefined) {
    run.runUntil(opts.untilNs);
    flush();
  } else {
    while (run.exit === undefined) {
      const before = run.eventCount;
      run.runToEnd(before + CHUNK_EVENTS);
      flush();
      if (run.eventCount === before && run.exit === undefined) break;
      // Let the event loop write what was printed (long programs stream their output).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (events !== null) await closeStream(events);
  if (index !== null && opts.metrics !== undefined) {
    try {
      writeFileSync(opts.metrics, metricsCsv(computeMetrics(index, Math.max(1, index.lastT))));
    } catch (err) {
      throw new InputError(`${opts.metrics}: cannot write (${(err as Error).message})`);
    }
  }
  const exit = run.exit;
  if (exit === undefined) return 0;
  if (exit.code < 0) {
    sink.stderr(`gosched: ${exit.reason}\n`);
    return 1;
  }
  return exit.code;
}
