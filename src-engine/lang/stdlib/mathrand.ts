/** `math/rand`: the top-level functions on the default source, seeded from the scenario seed. */
import { FLOAT32, FLOAT64, INT, INT32, INT64, type Type } from '../types';
import { stdFunc, stdPackage } from './package';

const intSlice: Type = { kind: 'slice', elem: INT };
const P = 'math/rand';

/** The subset of math/rand (`Shuffle`, `New` and `Rand` are not modelled yet). */
export const MATH_RAND = stdPackage(
  P,
  [
    stdFunc(P, 'Intn', [INT], [INT]),
    stdFunc(P, 'Int', [], [INT]),
    stdFunc(P, 'Int31', [], [INT32]),
    stdFunc(P, 'Int31n', [INT32], [INT32]),
    stdFunc(P, 'Int63', [], [INT64]),
    stdFunc(P, 'Int63n', [INT64], [INT64]),
    stdFunc(P, 'Perm', [INT], [intSlice]),
    stdFunc(P, 'Seed', [INT64], []),
    stdFunc(P, 'Float64', [], [FLOAT64]),
    stdFunc(P, 'Float32', [], [FLOAT32]),
  ],
  'ExpFloat64 New NewSource NewZipf NormFloat64 Rand Read Shuffle Source Source64 Uint32 Uint64 Zipf',
);
