/** A span of virtual time selected on the timeline, ns. */
export interface TimeSpan {
  readonly fromNs: number;
  readonly toNs: number;
}

/**
 * The span selected on the timeline, if any: the timeline sets it (`selectedSpan.value = …`, null when the
 * selection is cleared) and the export dialog offers it as a range.
 */
export const selectedSpan = $state<{ value: TimeSpan | null }>({ value: null });
