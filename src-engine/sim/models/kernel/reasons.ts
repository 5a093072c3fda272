/**
 * The reasons a historical model's events can carry, declared where the code makes them: every reason the
 * kernel or a policy passes to an event comes from a {@link ReasonBook}, so a model's explanation table can be
 * checked against the complete list (explain.test.ts walks it; a reason missing from the table fails).
 */
import { name, nameCache, type Name } from '../../core/names';

/** Reasons declared by one part of the engine (the kernel, or one policy). */
export class ReasonBook {
  private readonly fixed: string[] = [];
  private readonly prefixes: string[] = [];

  constructor(readonly owner: string) {}

  /** Fixed reason texts declared so far. */
  get texts(): readonly string[] {
    return this.fixed;
  }

  /** Prefixes of the reason families declared so far (reasons built from a number). */
  get families(): readonly string[] {
    return this.prefixes;
  }

  /** Declares a fixed reason; its name. */
  reason(text: string): Name {
    if (!this.fixed.includes(text)) this.fixed.push(text);
    return name(text);
  }

  /** Declares a family of reasons made from a number (a core, a thread), each starting with `prefix`. */
  family(prefix: string, f: (i: number) => string): (i: number) => Name {
    if (!this.prefixes.includes(prefix)) this.prefixes.push(prefix);
    return nameCache((i) => {
      const s = f(i);
      if (!s.startsWith(prefix)) throw new Error(`reason "${s}" is not in family "${prefix}"`);
      return s;
    });
  }
}

/** Reasons of the shared kernel (threads, cores, time slices, channels, sync, timers, syscalls). */
export const KERNEL_REASONS = new ReasonBook('kernel');

/** Event kinds whose reason is free text or a stream name, not a declared reason: explained per kind. */
export const FREE_REASON_KINDS: readonly string[] = ['output', 'program.exit'];
