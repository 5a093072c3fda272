import type { StageStats } from './stageTypes';

/** `100 000`: digits grouped by thin spaces, readable from the back row and not locale-dependent. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** `999`, `1.2k`, `100k`, `1.5M`: short enough for a zone row's label column. */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1e6) return `${n < 10_000 ? (n / 1000).toFixed(1) : Math.round(n / 1000)}k`;
  return `${(n / 1e6).toFixed(1)}M`;
}

/**
 * The stage's one-line headline: how many goroutines exist and how many are drawn as tokens (the others are
 * counted at their queue), and whether the world is stopped.
 */
export function stageHeadline(
  s: Pick<StageStats, 'goroutines' | 'shown' | 'stw'>,
  eventCount: number,
): string {
  const stw = s.stw === 'stopped' ? ' · world stopped' : s.stw === 'stopping' ? ' · stopping the world' : '';
  if (s.goroutines === 0) return eventCount === 0 ? 'No scheduler events yet' : `No live goroutines${stw}`;
  const noun = s.goroutines === 1 ? 'goroutine' : 'goroutines';
  if (s.shown >= s.goroutines) return `${groupDigits(s.goroutines)} ${noun}${stw}`;
  return `showing ${groupDigits(s.shown)} of ${groupDigits(s.goroutines)} ${noun} (the rest as counts)${stw}`;
}
