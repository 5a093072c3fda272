/**
 * Explanations from a table: how every model other than Go's explains its events. A model registers one
 * {@link ExplainTable} (what each kind of event did, and why each reason happens in that model's terms); the
 * explainer here only looks things up, so adding a model never means editing a switch.
 *
 * A sentence reads like the Go explainer's: `<what> (<function>): <why>.`
 */
import type { SchedEvent } from '../events';
import type { Explanation } from './explain';

/** One model's explanations. */
export interface ExplainTable {
  /** The "what" half per event kind. */
  readonly what: Readonly<Record<string, (e: SchedEvent) => string>>;
  /** The "why" half per reason: a fixed reason's text, or the prefix of a family of reasons. */
  readonly why: Readonly<Record<string, string>>;
  /**
   * The "why" of kinds whose reason is free text (an output stream, an exit message), keyed `kind|fn` or
   * `kind` (the more specific key wins).
   */
  readonly whyOfKind: Readonly<Record<string, string>>;
}

/** Explains events with a table; results for a reason are cached (reasons come from bounded sets). */
export class TableExplainer {
  private readonly whyCache = new Map<string, string | undefined>();
  private readonly prefixes: readonly string[];

  constructor(readonly table: ExplainTable) {
    // Longest prefix first, so a family never shadows a more specific one.
    this.prefixes = Object.keys(table.why).sort((a, b) => b.length - a.length);
  }

  /** The sentence for `e`, and whether the table knows both its kind and its reason. */
  explain(e: SchedEvent): Explanation {
    const what = this.table.what[e.kind];
    const why = this.whyOf(e);
    const head = what === undefined ? `${e.kind}: ${e.reason}` : what(e);
    return {
      text: `${capital(head)} (${e.fn})${why === undefined ? '' : `: ${why}`}.`,
      specific: what !== undefined && why !== undefined,
    };
  }

  /** The "why" for an event, undefined when the table has none. */
  whyOf(e: SchedEvent): string | undefined {
    const k = this.table.whyOfKind;
    const byKind = k[`${e.kind}|${e.fn}`] ?? k[e.kind];
    if (byKind !== undefined) return byKind;
    return this.whyOfReason(e.reason);
  }

  /** The "why" of a reason text: exact, else the longest family prefix it starts with. */
  whyOfReason(reason: string): string | undefined {
    if (this.whyCache.has(reason)) return this.whyCache.get(reason);
    const t = this.table.why;
    let w = Object.hasOwn(t, reason) ? t[reason] : undefined;
    if (w === undefined)
      for (const p of this.prefixes)
        if (reason.startsWith(p)) {
          w = t[p];
          break;
        }
    if (this.whyCache.size < 4096) this.whyCache.set(reason, w);
    return w;
  }
}

function capital(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}
