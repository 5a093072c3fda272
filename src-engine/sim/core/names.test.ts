import { describe, expect, it } from 'vitest';
import { Interner } from '../log/Interner';
import { name, NameIds, nameStr, registeredNames } from './names';

describe('NameIds (a log’s ids of process-wide names)', () => {
  it('assigns ids in order of first use, whatever the registration order', () => {
    const late = name('names.test: registered first, used second');
    const early = name('names.test: registered second, used first');
    const ids = new NameIds(new Interner());
    expect(ids.id(early)).toBe(0);
    expect(ids.id(late)).toBe(1);
    expect(ids.id(early)).toBe(0);
  });

  it('costs a new log nothing for names earlier runs registered (pages only where names are used)', () => {
    // A run with 10 000 threads or channels leaves ~40 000 names in the registry; the next run's table must
    // not be as long as the highest name it uses (filling it was most of a short run's time).
    for (let i = 0; i < 50_000; i++) name(`names.test: filler ${i}`);
    const high = name('names.test: a name registered after 50 000 others');
    expect(high).toBeGreaterThan(50_000);
    const interner = new Interner();
    const ids = new NameIds(interner);
    expect(ids.id(high)).toBe(0);
    const pages = (ids as unknown as { pages: (Int32Array | undefined)[] }).pages;
    expect(pages.filter((p) => p !== undefined)).toHaveLength(1);
    expect(interner.str(0)).toBe(nameStr(high));
    expect(registeredNames()[high]).toBe(nameStr(high));
  });
});
