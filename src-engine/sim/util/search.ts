/**
 * Index of the last item whose key is at most `x` in `items`, sorted by ascending `key`; 0 when none is
 * (callers keep a first item at the lowest possible key, e.g. a keyframe at the start). Binary search: O(log n).
 */
export function lastIndexAtOrBefore<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid] as T) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
