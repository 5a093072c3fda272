/** Messages between the comparison view and its worker (structured-clone plain data). */
import type { ModelId } from '../../sim/models/catalog';
import type { ComparePane, CompareRow } from './ComparisonRuns';

export type ToCompareWorker =
  | {
      readonly type: 'start';
      readonly program: string;
      readonly models: readonly ModelId[];
      readonly cores: number;
      readonly seed: number;
      readonly cost?: Readonly<Record<string, number>>;
    }
  /** Move every run to `tNs`; `rows` asks for the table too. */
  | { readonly type: 'at'; readonly tNs: number; readonly rows: boolean };

export type FromCompareWorker =
  | { readonly type: 'error'; readonly message: string }
  | {
      readonly type: 'frame';
      readonly tNs: number;
      readonly panes: readonly ComparePane[];
      readonly rows?: readonly CompareRow[];
      readonly allEnded: boolean;
    };
