/// <reference lib="webworker" />
/**
 * Web Worker of the comparison view: compiles the program once and holds a {@link ComparisonRuns}; each `at`
 * moves all runs to one virtual time and answers with every pane's view (and the table when asked).
 */
import { compileSource } from '../../lang/compile';
import { formatDiagnostic } from '../../lang/diagnostics';
import type { CostModel } from '../../sim/costModel';
import { PROGRAM_FILE } from '../services';
import { ComparisonRuns } from './ComparisonRuns';
import type { FromCompareWorker, ToCompareWorker } from './messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let runs: ComparisonRuns | undefined;

function send(m: FromCompareWorker): void {
  scope.postMessage(m);
}

function frame(tNs: number, rows: boolean): void {
  if (runs === undefined) return send({ type: 'error', message: 'no comparison started' });
  runs.at(tNs);
  send({
    type: 'frame',
    tNs,
    panes: runs.panes(),
    ...(rows ? { rows: runs.rows() } : {}),
    allEnded: runs.allEnded,
  });
}

scope.addEventListener('message', (ev: MessageEvent<ToCompareWorker>) => {
  const m = ev.data;
  try {
    if (m.type === 'start') {
      const c = compileSource(m.program, PROGRAM_FILE);
      if ('diagnostics' in c) {
        runs = undefined;
        return send({ type: 'error', message: c.diagnostics.map(formatDiagnostic).join('\n') });
      }
      runs = new ComparisonRuns(
        c.program,
        m.models,
        m.cores,
        m.seed,
        m.cost as Partial<CostModel> | undefined,
      );
      return frame(0, true);
    }
    frame(m.tNs, m.rows);
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
