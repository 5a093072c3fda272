/** The corpus figures: programs, deterministic, matching, refused by construct, different. */
import type { RealWorldProgram } from './corpus';
import type { Outcome } from './outcome';

/** Formats the summary block printed by the test and by `npm run corpus:report`. */
export function summarise(
  programs: readonly RealWorldProgram[],
  outcomes: ReadonlyMap<string, Outcome>,
): string {
  const deterministic = programs.filter((p) => p.expected?.compare === 'exact');
  const count = (list: readonly RealWorldProgram[], status: Outcome['status']): number =>
    list.filter((p) => outcomes.get(p.id)?.status === status).length;
  const byConstruct = new Map<string, string[]>();
  for (const p of programs) {
    const o = outcomes.get(p.id);
    if (o?.status !== 'refused') continue;
    const key = o.construct ?? '?';
    byConstruct.set(key, [...(byConstruct.get(key) ?? []), p.id]);
  }
  const groups = [...byConstruct.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`);
  const lines = [
    `real-world corpus: ${programs.length} programs, ${deterministic.length} deterministic; ` +
      `accepted and matching ${count(programs, 'matches')} (deterministic ${count(deterministic, 'matches')}, ${pct(count(deterministic, 'matches'), deterministic.length)}); ` +
      `refused ${count(programs, 'refused')}; different ${count(programs, 'differs')}`,
    ...groups.map(([construct, ids]) => `  refused ×${ids.length}: ${construct} — ${ids.join(', ')}`),
    ...programs
      .filter((p) => outcomes.get(p.id)?.status === 'differs')
      .map((p) => `  DIFFERENT ${p.id}: ${(outcomes.get(p.id)?.problems ?? []).join('; ')}`),
  ];
  return lines.join('\n');
}
