/** Formatting of the comparison table's cells (shared by the table and its tests). */
import type { CompareRow } from '../../../src-engine/host/compare/ComparisonRuns';
import { formatNs } from '../formatNs';

/** Columns: header and how a row shows in it. */
export const COLUMNS: readonly { readonly head: string; readonly cell: (r: CompareRow) => string }[] = [
  { head: 'Model', cell: (r) => r.name },
  {
    head: 'Completion',
    cell: (r) => (r.ended ? formatNs(r.completionNs) : `running… ${formatNs(r.completionNs)}`),
  },
  { head: 'CPU per core', cell: (r) => r.coreUtilisation.map((u) => `${Math.round(u * 100)}%`).join(' ') },
  { head: 'Context switches', cell: (r) => String(r.contextSwitches) },
  { head: 'Switch cost', cell: (r) => formatNs(r.switchCostNs) },
  { head: 'Threads created', cell: (r) => String(r.threadsCreated) },
  { head: 'Stack memory (peak)', cell: (r) => formatBytes(r.peakStackBytes) },
  { head: 'Lock wait', cell: (r) => formatNs(r.lockWaitNs) },
  { head: 'Steal probes', cell: (r) => (r.stealProbes === undefined ? '—' : String(r.stealProbes)) },
  { head: 'Worst runnable wait', cell: (r) => formatNs(r.worstRunnableWaitNs) },
];

/** Bytes in KiB/MiB/GiB with three significant digits. */
export function formatBytes(b: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = b;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toPrecision(3)} ${units[u]}`;
}
