/**
 * One plain sentence per scheduler event: what happened (who moved where) and why (the runtime function and
 * its rule), e.g. "G7, created by G1, goes to P0's runnext (runtime.newproc): a go statement puts …".
 *
 * @remarks Pure and stateless apart from `creator` (the goroutine running on the event's P just before it,
 * which only the log's fold knows): the host, the CLI and tests call it on any event in any order.
 */
import type { SchedEvent } from '../events';
import { parseLocation } from '../events';
import { destination, mStateName, placeName, pStatusName } from './places';
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
  return explainEvent(e, ctx).text;
}

/** {@link explain} with whether the sentence is specific (tests fail on a generic one). */
export function explainEvent(e: SchedEvent, ctx: ExplainContext = {}): Explanation {
  const what = describe(e, ctx);
  const rule = ruleFor(e.fn, e.reason);
  const head = what ?? `${e.kind}: ${e.reason}`;
  const text = `${head.charAt(0).toUpperCase()}${head.slice(1)} (${e.fn})${rule ? `: ${rule}` : ''}.`;
  return { text, specific: what !== undefined && rule !== undefined };
}

const G = (g: number | undefined): string =>
  g === undefined ? 'a goroutine' : g === 1 ? 'G1 (main)' : `G${g}`;
const on = (e: SchedEvent): string => (e.m !== undefined ? ` on M${e.m}` : '');

/** The "what" half; undefined for a kind this module does not know. */
function describe(e: SchedEvent, ctx: ExplainContext): string | undefined {
  switch (e.kind) {
    case 'g.create': {
      const by = ctx.creator !== undefined && ctx.creator >= 0 ? ` by ${G(ctx.creator)}` : '';
      return e.g === 1 ? 'G1, the main goroutine, is created' : `${G(e.g)} is created${by} on P${e.p}`;
    }
    case 'g.move':
      return describeMove(e, ctx);
    case 'p.status':
      return `P${e.p} goes from ${pStatusName(e.from)} to ${pStatusName(e.to)}${e.m !== undefined ? ` (M${e.m})` : ''}${reasonNote(e)}`;
    case 'm.status':
      return `M${e.m} goes from ${mStateName(e.from)} to ${mStateName(e.to)}${e.p !== undefined ? ` with P${e.p}` : ''}${reasonNote(e)}`;
    case 'm.create':
      return `M${e.m}, a new OS thread, is created`;
    case 'm.startm':
      return `M${e.m} is started for P${e.p}`;
    case 'm.exit':
      return `M${e.m}'s thread exits`;
    case 'm.lock':
      return `${G(e.g)} locks itself to M${e.m}`;
    case 'm.unlock':
      return `${G(e.g)} unlocks itself from M${e.m}`;
    case 'chan.make':
      return `${G(e.g)} makes ${e.to} (capacity ${e.arg ?? 0})`;
    case 'chan.buf':
      return e.fn === 'runtime.chanrecv' || e.reason.includes('taken')
        ? `${G(e.g)} takes a value from ${e.to}'s buffer (${e.arg ?? 0} left)`
        : `${e.g !== undefined ? G(e.g) : 'The runtime'} puts a value into ${e.to}'s buffer (${e.arg ?? 0} now)`;
    case 'chan.close':
      return `${G(e.g)} closes ${e.to}`;
    case 'steal.usleep':
      return `M${e.m} on P${e.p} waits before stealing: ${e.reason}`;
    case 'gomaxprocs':
      return `GOMAXPROCS becomes ${e.to}${e.from !== '0' ? ` (was ${e.from})` : ''}`;
    case 'netpoll.break':
      return `M${e.m}'s blocked netpoll is woken early`;
    case 'output':
      return `${G(e.g)} writes to ${e.reason}`;
    case 'preempt':
      return `sysmon asks ${G(e.g)} running on P${e.p} to stop`;
    case 'program.exit':
      return `The program ends with status ${e.arg ?? 0}: ${e.reason}`;
    case 'stw':
      return `M${e.m} stops the world (${e.reason.replace(/^stop the world \(|\)$/g, '')})`;
    case 'stw.stopped':
      return 'The world is stopped: every P is in _Pgcstop';
    case 'stw.start':
      return `M${e.m} starts the world again`;
    case 'sysmon':
      return `sysmon (M${e.m}) goes into a deep sleep`;
    case 'sysmon.netpoll':
      return `sysmon (M${e.m}) polls the network because no M has for 10 ms`;
    default:
      return undefined;
  }
}

/** A status change's reason when it adds something the rule does not say. */
function reasonNote(e: SchedEvent): string {
  return e.reason && !/^(M acquires P|M releases P|acquired a P|P idle)$/.test(e.reason)
    ? ` — ${e.reason}`
    : '';
}

function describeMove(e: SchedEvent, ctx: ExplainContext): string {
  const g = G(e.g);
  const from = e.from ?? 'dead';
  const to = e.to ?? 'dead';
  const fromKind = parseLocation(from).kind;
  const toKind = parseLocation(to).kind;
  if (fromKind === 'dead') {
    const by =
      ctx.creator !== undefined && ctx.creator >= 0 && e.g !== 1 ? `, created by ${G(ctx.creator)},` : '';
    return `${g}${by} goes to ${placeName(to)}`;
  }
  if (toKind === 'dead')
    return `${g} exits${fromKind === 'running' ? ` on ${parseLocation(from).arg}` : ''}${on(e)}`;
  if (toKind === 'running')
    return `${g} runs on ${parseLocation(to).arg}${on(e)}, taken from ${placeName(from)}`;
  if (e.fn === 'runtime.runqsteal') return `${g} is stolen from ${placeName(from)} to ${placeName(to)}`;
  if (fromKind === 'runnext' && toKind === 'runq')
    return `${g}, which was in ${placeName(from)}, moves to the ${e.at === 'head' ? 'head' : 'tail'} of ${placeName(to)}`;
  const where =
    e.at === 'head' ? 'the head of ' : toKind === 'runq' || toKind === 'globrunq' ? 'the tail of ' : '';
  if (fromKind === 'running') return `${g} leaves ${parseLocation(from).arg} for ${where}${destination(to)}`;
  return `${g} moves from ${placeName(from)} to ${where}${destination(to)}`;
}
