import { objectArray } from '../util/arrays';

/** Interns strings to small integer ids, so the columnar log stores one number per string field. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly strs: string[] = objectArray();

  /** @param maxId - largest id the column storing these ids can hold. */
  constructor(private readonly maxId = 0x7fffffff) {}

  /** Id of `s`, adding it if new. */
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.strs.length;
      if (i > this.maxId)
        throw new RangeError(`too many distinct strings for this column (max ${this.maxId + 1})`);
      this.strs.push(s);
      this.ids.set(s, i);
    }
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
