/**
 * One plain sentence per scheduler event: what happened (who moved where) and why (the runtime function and
 * its rule), e.g. "G7, created by G1, goes to P0's runnext (runtime.newproc): a go statement puts …".
 *
 * @remarks Pure and stateless apart from `creator` (the goroutine running on the event's P just before it,
 * which only the log's fold knows): the host, the CLI and tests call it on any event in any order.
 *
 * Speed (bench `events.explainPerSec`, target ≥ 1 000 000/s): each kind has a precompiled template (a
 * function in {@link TEMPLATES}); everything that depends only on bounded sets — the sentence's tail per
 * function and reason ({@link tailFor}), a location's parsed kind and name ({@link placeOf}), `G7` / `P0` /
 * `M3` names — is made once and cached, so one call allocates only the sentence itself.
 */
import type { SchedEvent } from '../events';
import { mStateName, placeOf, pStatusName, type Place } from './places';
import { ruleFor } from './rules';

/** An explanation and whether it is specific (a known rule and a described kind) or the generic fallback. */
export interface Explanation {
  readonly text: string;
  readonly specific: boolean;
}

/** Context only the log's fold knows: the goroutine running on the event's P just before it (-1: none). */
export interface ExplainContext {
  readonly creator?: number;
}

/** One plain sentence for `e`. */
export function explain(e: SchedEvent, ctx: ExplainContext = {}): string {
  return explainText(e, ctx.creator ?? -1);
}

/**
 * {@link explain} without a context object: `creator` is the goroutine running on the event's P just before
 * it, or -1. The event list and the breakpoint banner call this once per visible row.
 */
export function explainText(e: SchedEvent, creator: number): string {
  const tail = tailFor(e.fn, e.reason);
  const template = TEMPLATES.get(e.kind);
  return template === undefined
    ? capital(`${e.kind}: ${e.reason}`) + tail.text
    : template(e, creator, tail) + tail.text;
}

/** {@link explain} with whether the sentence is specific (tests fail on a generic one). */
export function explainEvent(e: SchedEvent, ctx: ExplainContext = {}): Explanation {
  const tail = tailFor(e.fn, e.reason);
  return {
    text: explainText(e, ctx.creator ?? -1),
    specific: TEMPLATES.has(e.kind) && tail.specific,
  };
}

/** What a function and a reason contribute to a sentence; made once per pair (both come from bounded sets). */
interface Tail {
  /** " (runtime.fn): rule." or " (runtime.fn)." */
  readonly text: string;
  /** A rule is known for the pair. */
  readonly specific: boolean;
  /** A chan.buf event takes a value out (a receive) rather than putting one in. */
  readonly taken: boolean;
  /** A status change's reason when it adds something the rule does not say (" — reason"), else "". */
  readonly note: string;
  /** A stop-the-world's cause without its "stop the world (…)" wrapper. */
  readonly stwCause: string;
}

const tails = new Map<string, Map<string, Tail>>();

function tailFor(fn: string, reason: string): Tail {
  let byReason = tails.get(fn);
  if (byReason === undefined) tails.set(fn, (byReason = new Map()));
  let t = byReason.get(reason);
  if (t === undefined) {
    const rule = ruleFor(fn, reason);
    t = {
      text: ` (${fn})${rule ? `: ${rule}` : ''}.`,
      specific: rule !== undefined,
      taken: fn === 'runtime.chanrecv' || reason.includes('taken'),
      note: reason && !/^(M acquires P|M releases P|acquired a P|P idle)$/.test(reason) ? ` — ${reason}` : '',
      stwCause: reason.replace(/^stop the world \(|\)$/g, ''),
    };
    // Reasons with free text (panic messages) would grow the cache without bound: keep it small.
    if (byReason.size < 4096) byReason.set(reason, t);
  }
  return t;
}

/** "a" → "A": sentences start with a capital; most heads already do (G7, P0, M3, The …). */
function capital(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}

/** Names by id, made once: `G7` (`G1 (main)`), `P0`, `M3`. */
const gNames: (string | undefined)[] = [];
const pNames: (string | undefined)[] = [];
const mNames: (string | undefined)[] = [];
/** Ids above this are named without caching (the caches stay small). */
const MAX_CACHED_ID = 1 << 20;
const named = (cache: (string | undefined)[], prefix: string, id: number): string => {
  const cached = cache[id];
  if (cached !== undefined) return cached;
  const name = id === 1 && prefix === 'G' ? 'G1 (main)' : `${prefix}${id}`;
  if (Number.isInteger(id) && id >= 0 && id < MAX_CACHED_ID) {
    // Grow with explicit undefineds so the array stays packed (no holes, fast indexed reads).
    while (cache.length <= id) cache.push(undefined);
    cache[id] = name;
  }
  return name;
};
const G = (g: number | undefined): string => (g === undefined ? 'a goroutine' : named(gNames, 'G', g));
const P = (p: number | undefined): string => (p === undefined ? 'Pundefined' : named(pNames, 'P', p));
const M = (m: number | undefined): string => (m === undefined ? 'Mundefined' : named(mNames, 'M', m));
const on = (e: SchedEvent): string => (e.m !== undefined ? ` on ${M(e.m)}` : '');

/** A precompiled sentence head for one event kind (the "what" half). */
type Template = (e: SchedEvent, creator: number, tail: Tail) => string;

/** One template per kind the engine emits (kinds.ts lists them; explain.test.ts walks every one). */
const TEMPLATES = new Map<string, Template>([
  [
    'g.create',
    (e, creator) =>
      e.g === 1
        ? 'G1, the main goroutine, is created'
        : `${capital(G(e.g))} is created${creator >= 0 ? ` by ${G(creator)}` : ''} on ${P(e.p)}`,
  ],
  ['g.move', (e, creator) => describeMove(e, creator)],
  [
    'p.status',
    (e, _c, t) =>
      `${P(e.p)} goes from ${pStatusName(e.from)} to ${pStatusName(e.to)}${e.m !== undefined ? ` (${M(e.m)})` : ''}${t.note}`,
  ],
  [
    'm.status',
    (e, _c, t) =>
      `${M(e.m)} goes from ${mStateName(e.from)} to ${mStateName(e.to)}${e.p !== undefined ? ` with ${P(e.p)}` : ''}${t.note}`,
  ],
  ['m.create', (e) => `${M(e.m)}, a new OS thread, is created`],
  ['m.startm', (e) => `${M(e.m)} is started for ${P(e.p)}`],
  ['m.exit', (e) => `${M(e.m)}'s thread exits`],
  ['m.lock', (e) => `${capital(G(e.g))} locks itself to ${M(e.m)}`],
  ['m.unlock', (e) => `${capital(G(e.g))} unlocks itself from ${M(e.m)}`],
  ['chan.make', (e) => `${capital(G(e.g))} makes ${e.to} (capacity ${e.arg ?? 0})`],
  [
    'chan.buf',
    (e, _c, t) =>
      t.taken
        ? `${capital(G(e.g))} takes a value from ${e.to}'s buffer (${e.arg ?? 0} left)`
        : `${e.g !== undefined ? G(e.g) : 'The runtime'} puts a value into ${e.to}'s buffer (${e.arg ?? 0} now)`,
  ],
  ['chan.close', (e) => `${capital(G(e.g))} closes ${e.to}`],
  ['steal.usleep', (e) => `${M(e.m)} on ${P(e.p)} waits before stealing: ${e.reason}`],
  ['gomaxprocs', (e) => `GOMAXPROCS becomes ${e.to}${e.from !== '0' ? ` (was ${e.from})` : ''}`],
  ['netpoll.break', (e) => `${M(e.m)}'s blocked netpoll is woken early`],
  ['output', (e) => `${capital(G(e.g))} writes to ${e.reason}`],
  ['preempt', (e) => `Sysmon asks ${G(e.g)} running on ${P(e.p)} to stop`],
  ['program.exit', (e) => `The program ends with status ${e.arg ?? 0}: ${e.reason}`],
  ['stw', (e, _c, t) => `${M(e.m)} stops the world (${t.stwCause})`],
  ['stw.stopped', () => 'The world is stopped: every P is in _Pgcstop'],
  ['stw.start', (e) => `${M(e.m)} starts the world again`],
  ['sysmon', (e) => `Sysmon (${M(e.m)}) goes into a deep sleep`],
  [
    'line.reached',
    (e) =>
      `${capital(G(e.g))} reaches line ${e.line ?? '?'}${e.p !== undefined && e.p >= 0 ? ` on ${P(e.p)}` : ''}`,
  ],
  ['sysmon.netpoll', (e) => `Sysmon (${M(e.m)}) polls the network because no M has for 10 ms`],
]);

/** Kinds with a template (explain.test.ts checks it equals kinds.ts's list). */
export const EXPLAINED_KINDS: readonly string[] = [...TEMPLATES.keys()];

const DEAD: Place = placeOf('dead');

function describeMove(e: SchedEvent, creator: number): string {
  const g = capital(G(e.g));
  const from = e.from === undefined ? DEAD : placeOf(e.from);
  const to = e.to === undefined ? DEAD : placeOf(e.to);
  if (from.kind === 'dead') {
    const by = creator >= 0 && e.g !== 1 ? `, created by ${G(creator)},` : '';
    return `${g}${by} goes to ${to.name}`;
  }
  if (to.kind === 'dead') return `${g} exits${from.kind === 'running' ? ` on ${from.arg}` : ''}${on(e)}`;
  if (to.kind === 'running') return `${g} runs on ${to.arg}${on(e)}, taken from ${from.name}`;
  if (e.fn === 'runtime.runqsteal') return `${g} is stolen from ${from.name} to ${to.name}`;
  if (from.kind === 'runnext' && to.kind === 'runq')
    return `${g}, which was in ${from.name}, moves to the ${e.at === 'head' ? 'head' : 'tail'} of ${to.name}`;
  const where =
    e.at === 'head' ? 'the head of ' : to.kind === 'runq' || to.kind === 'globrunq' ? 'the tail of ' : '';
  if (from.kind === 'running') return `${g} leaves ${from.arg} for ${where}${to.destination}`;
  return `${g} moves from ${from.name} to ${where}${to.destination}`;
}
