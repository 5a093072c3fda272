import { objectArray } from '../util/arrays';
import { nameStr, registeredName, type Name } from './registry';

/**
 * Names per page of an interner's table of registered names (a power of two). 16, so a page (an Int32Array of
 * 64 bytes) lives in the JS heap: a larger typed array gets a backing store outside it, and allocating,
 * registering and freeing that cost more than the page's whole use in a short run.
 */
const PAGE_BITS = 4;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/**
 * Interns strings to small integer ids, so the columnar log stores one number per string field. Ids are
 * handed out in order of first use, whether a string comes as text ({@link Interner.id}) or as a registered
 * {@link Name} ({@link Interner.idOfName}): the same string always gets the same id.
 *
 * @remarks
 * Registered names are looked up by number in a paged table (16 names a page, allocated when a name in it is
 * first used), not in the text map: a new log (every run has its own) then pays an array store, not a hash
 * map insertion (and the map's growth), for each name it uses first. The table is paged because the
 * registry only grows: after a run with 10 000 threads or channels it holds ~40 000 names, and a flat table
 * as long as the highest name used made every new run fill tens of thousands of slots before its first
 * event. A page stores id + 1, so a fresh page (all zeros) means "not interned yet".
 */
export class Interner {
  /** Ids of strings interned by text (a registered name interned by text is here too, and in its page). */
  private readonly ids = new Map<string, number>();
  private readonly strs: string[] = objectArray();
  /** Ids + 1 of registered names, by name, in pages of 2^PAGE_BITS. */
  private readonly pages: (Int32Array | undefined)[] = [];

  /** @param maxId - largest id the column storing these ids can hold. */
  constructor(private readonly maxId = 0x7fffffff) {}

  /** Id of `s`, adding it if new. */
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      const n = registeredName(s);
      i = n === undefined ? this.append(s) : this.idOfName(n);
      this.ids.set(s, i);
    }
    return i;
  }

  /** Id of the registered name `n` (the same as {@link Interner.id} of its string), adding it if new. */
  idOfName(n: Name): number {
    const page = this.pages[n >> PAGE_BITS];
    if (page !== undefined) {
      const v = page[n & PAGE_MASK] as number;
      if (v > 0) return v - 1;
    }
    return this.addName(n);
  }

  private addName(n: Name): number {
    const pages = this.pages;
    const p = n >> PAGE_BITS;
    // Keep the array packed (holes would make every read slower).
    while (pages.length <= p) pages.push(undefined);
    let page = pages[p];
    if (page === undefined) pages[p] = page = new Int32Array(1 << PAGE_BITS);
    // Interned by text before it was registered: keep that id.
    const s = nameStr(n);
    const i = this.ids.get(s) ?? this.append(s);
    page[n & PAGE_MASK] = i + 1;
    return i;
  }

  /** Gives `s` the next id. */
  private append(s: string): number {
    const i = this.strs.length;
    if (i > this.maxId)
      throw new RangeError(`too many distinct strings for this column (max ${this.maxId + 1})`);
    this.strs.push(s);
    return i;
  }

  /** The string for an id. */
  str(i: number): string {
    const s = this.strs[i];
    if (s === undefined) throw new RangeError(`no interned string ${i}`);
    return s;
  }

  get size(): number {
    return this.strs.length;
  }
}
