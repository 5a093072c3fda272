/** Breakpoints in words, and the check that a line can hold one. */
import type { Breakpoint } from '../../src-engine/protocol/scenarioFile';

/** Labels of the event categories (as in sim/insight/classify.ts's BREAK_CATEGORIES). */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  steal: 'a steal',
  handoff: 'a P hand-off',
  preempt: 'a preemption',
  stw: 'a stop-the-world',
  create: 'a goroutine is created',
  block: 'a goroutine blocks',
  wake: 'a goroutine wakes',
  exit: 'a goroutine exits',
  deadlock: 'deadlock',
};

/** "On a steal", "When G7 does something", "At line 12". */
export function breakpointLabel(b: Breakpoint): string {
  const on = b.on;
  if ('event' in on) return `On ${EVENT_LABELS[on.event] ?? on.event}`;
  if ('g' in on) return `When G${on.g} does something`;
  return `When a goroutine is at line ${on.line}`;
}

/**
 * Why line `n` of `program` cannot hold a breakpoint (past the end, blank, a comment, a lone brace, a
 * declaration outside a function), or undefined when it can.
 */
export function lineProblem(program: string, n: number): string | undefined {
  const lines = program.split('\n');
  if (n < 1 || n > lines.length) return `Line ${n} is past the end of the program (${lines.length} lines).`;
  const text = (lines[n - 1] ?? '').trim();
  if (text === '' || text.startsWith('//') || /^[{}()]*$/.test(text))
    return `Line ${n} has no code to stop at: choose a line with a statement.`;
  if (/^(package|import)\b/.test(text) || /^"[^"]*"$/.test(text))
    return `Line ${n} is a ${text.startsWith('package') ? 'package clause' : 'import'}: no goroutine runs it.`;
  return undefined;
}
