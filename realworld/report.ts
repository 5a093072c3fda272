/**
 * `npm run corpus:report`: runs every real-world program on the engine and prints the figures
 * (no Go needed). Exits 1 when a program runs and prints something other than real Go.
 */
import { loadRealWorld } from './corpus';
import { outcomeOf, type Outcome } from './outcome';
import { summarise } from './summary';

const programs = loadRealWorld();
const outcomes = new Map<string, Outcome>(programs.map((p) => [p.id, outcomeOf(p)]));
console.log(summarise(programs, outcomes));
process.exitCode = [...outcomes.values()].some((o) => o.status === 'differs') ? 1 : 0;
