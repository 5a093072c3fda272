import { describe, expect, it } from 'vitest';
import { Interner } from './Interner';
import { name, nameStr, registeredNames } from './registry';

describe('Interner.idOfName (a log’s ids of process-wide names)', () => {
  it('assigns ids in order of first use, whatever the registration order', () => {
    const late = name('names.test: registered first, used second');
    const early = name('names.test: registered second, used first');
    const ids = new Interner();
    expect(ids.idOfName(early)).toBe(0);
    expect(ids.idOfName(late)).toBe(1);
    expect(ids.idOfName(early)).toBe(0);
  });

  it('gives a name and its text the same id, whichever comes first', () => {
    const a = name('names.test: name first, then text');
    const ids = new Interner();
    expect(ids.idOfName(a)).toBe(0);
    expect(ids.id('names.test: text, never registered')).toBe(1);
    expect(ids.id(nameStr(a))).toBe(0);
    // Interned as text before the string was registered: the name finds that id.
    expect(ids.id('names.test: text first, registered later')).toBe(2);
    const b = name('names.test: text first, registered later');
    expect(ids.idOfName(b)).toBe(2);
    expect(ids.size).toBe(3);
    expect(ids.str(2)).toBe(nameStr(b));
  });

  it('costs a new log nothing for names earlier runs registered (pages only where names are used)', () => {
    // A run with 10 000 threads or channels leaves ~40 000 names in the registry; the next run's table must
    // not be as long as the highest name it uses (filling it was most of a short run's time).
    for (let i = 0; i < 50_000; i++) name(`names.test: filler ${i}`);
    const high = name('names.test: a name registered after 50 000 others');
    expect(high).toBeGreaterThan(50_000);
    const interner = new Interner();
    expect(interner.idOfName(high)).toBe(0);
    const pages = (interner as unknown as { pages: (Int32Array | undefined)[] }).pages;
    expect(pages.filter((p) => p !== undefined)).toHaveLength(1);
    expect(interner.str(0)).toBe(nameStr(high));
    expect(registeredNames()[high]).toBe(nameStr(high));
  });
});
