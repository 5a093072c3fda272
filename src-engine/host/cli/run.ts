/** `gosched run`: runs a program headless and prints exactly what it prints. */
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { EventIndex } from '../../sim/insight/EventIndex';
import { computeMetrics, metricsCsv } from '../../sim/insight/metrics';
import { compileSource } from '../../lang/compile';
import { formatDiagnostic } from '../../lang/diagnostics';
import { OOM_REASON, type CostModel } from '../../sim';
import { MODEL_CATALOG, MODEL_IDS } from '../../sim/models/catalog';
import { createModelRun, ModelSettingsError, type RunnableModel } from '../../sim/models/registry';
import { UsageError } from './args';
import { InputError, type LoadedScenario } from './load';
import { Progress, runUntilInSlices } from './progress';

/** Where output goes (the process streams, or buffers in tests). */
export interface Sink {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: a long run shows its progress there ({@link Progress}). */
  readonly stderrIsTTY?: boolean;
  /** Wall clock, ms (tests inject one); default `performance.now`. */
  readonly nowMs?: () => number;
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
    model?: string | undefined;
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
  let run: RunnableModel;
  const model = opts.model ?? sc.model;
  try {
    run = createModelRun(model, compiled.program, {
      cores: opts.cores ?? sc.cores,
      gomaxprocs: opts.cores ?? sc.gomaxprocs,
      seed: opts.seed ?? sc.seed,
      ...(cost ? { cost } : {}),
      ...(sc.modelSettings && (opts.model === undefined || opts.model === sc.model)
        ? { modelSettings: sc.modelSettings }
        : {}),
    });
  } catch (err) {
    if (err instanceof ModelSettingsError && err.setting === undefined && opts.model !== undefined)
      throw new UsageError(`--model: ${err.message}`);
    const where =
      err instanceof ModelSettingsError && err.setting ? ` settings.modelSettings.${err.setting}` : '';
    throw new InputError(`${sc.name}:${where} ${(err as Error).message}`);
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
  const source = run.rawEvents?.();
  const index = opts.metrics !== undefined ? new EventIndex(source) : null;
  const nowMs = sink.nowMs ?? (() => performance.now());
  const progress = new Progress({ isTTY: sink.stderrIsTTY === true, write: (t) => sink.stderr(t) }, nowMs);
  const flush = async (): Promise<void> => {
    const out = run.output();
    if (printed < out.length) progress.hide();
    for (; printed < out.length; printed++) {
      const o = out[printed];
      if (o === undefined) continue;
      if (o.stream === 'stdout') sink.stdout(o.text);
      else sink.stderr(o.text);
    }
    if (index !== null) {
      for (let s = index.length; s < run.eventCount; s++)
        if (source !== undefined) index.addFrom(source, s);
        else index.add(run.event(s));
    }
    if (events !== null) logged = await writeEvents(events, run, logged);
    progress.update(run.now, run.eventCount);
  };
  if (opts.untilNs !== undefined) {
    // Slices are sized by the real clock (they only decide where the engine pauses, never what it does).
    await runUntilInSlices(run, opts.untilNs, () => performance.now(), flush);
  } else {
    while (run.exit === undefined) {
      const before = run.eventCount;
      run.runToEnd(before + CHUNK_EVENTS);
      await flush();
      if (run.eventCount === before && run.exit === undefined) break;
      // Let the event loop write what was printed (long programs stream their output).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  progress.hide();
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
  // Go's own lines are already printed; say which budget ran out (the engine's, not the machine's).
  if (exit.reason.startsWith(OOM_REASON))
    sink.stderr(`gosched: ${exit.reason.slice(OOM_REASON.length + 2, -1)}\n`);
  return exit.code;
}

/** Bytes of JSON lines gathered before each write to the events file. */
export const EVENTS_WRITE_BYTES = 1 << 20;

/**
 * Streams events `from`.. of `run` to `out` as JSON lines, in writes of about {@link EVENTS_WRITE_BYTES} that
 * wait for the stream to drain: a log of any length is written without building one huge string (more than
 * ~3.5 M events used to give "Invalid string length" and an empty file). Returns the next event to write.
 */
export async function writeEvents(
  out: WriteStream,
  run: { readonly eventCount: number; event(seq: number): unknown },
  from: number,
): Promise<number> {
  let seq = from;
  while (seq < run.eventCount) {
    let buf = '';
    for (; seq < run.eventCount && buf.length < EVENTS_WRITE_BYTES; seq++)
      buf += JSON.stringify(run.event(seq)) + '\n';
    if (!out.write(buf)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  return seq;
}

/** `gosched run --model help`: the models, one a line, with what each shows. */
export function modelsHelp(): string {
  const lines = MODEL_IDS.map((id) => {
    const m = MODEL_CATALOG[id];
    return `  ${id.padEnd(18)} ${m.name}${id === 'go' ? ' (default)' : ''}\n  ${''.padEnd(18)} ${m.summary}`;
  });
  return `scheduler models (gosched run FILE --model ID):\n${lines.join('\n')}\n`;
}
