import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_BLOCK_LINES, outputBlocks, outputPreview } from './outputPreview';

describe('outputPreview', () => {
  it('shows a short output whole', () => {
    expect(outputPreview('hello\nworld\n', 100, 10)).toBe('hello\nworld\n');
  });

  it('keeps the start and the end of a long one and says what it left out', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `goroutine ${i} [chan receive]:`).join('\n');
    const shown = outputPreview(text, 200, 100);
    expect(shown.startsWith('goroutine 0 [chan receive]:\n')).toBe(true);
    expect(shown.endsWith('goroutine 999 [chan receive]:')).toBe(true);
    expect(shown).toMatch(/… \d+ more lines \(\d+ characters\) not shown …/);
    expect(shown.length).toBeLessThan(400);
  });

  it('is bounded whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const shown = outputPreview(s, 500, 100);
        expect(shown.length).toBeLessThanOrEqual(700);
        if (s.length <= 600) expect(shown).toBe(s);
      }),
    );
  });

  it('shows at most about 20 000 characters of a 100 000-goroutine deadlock trace by default', () => {
    const text = Array.from(
      { length: 100_000 },
      (_, i) => `goroutine ${i + 1} [chan receive]:\nmain.main.func1()\n\tmain.go:11 +0x2c`,
    ).join('\n\n');
    const shown = outputPreview(text);
    expect(shown.length).toBeLessThan(20_200);
    expect(shown.startsWith('goroutine 1 [chan receive]:')).toBe(true);
    expect(shown.endsWith('main.go:11 +0x2c')).toBe(true);
  });
});

describe('outputBlocks', () => {
  it('gives the text back joined by line ends, each block ending after a non-empty line (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', 'a', 'goroutine 1 [chan receive]:', ' x '), { maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (lines, per) => {
          const text = lines.join('\n');
          const blocks = outputBlocks(text, per);
          expect(blocks.map((b) => b.text).join('\n')).toBe(text);
          expect(blocks.reduce((n, b) => n + b.lines, 0)).toBe(text.split('\n').length);
          for (const b of blocks.slice(0, -1)) {
            expect(b.text.endsWith('\n') || b.text === '').toBe(false);
            expect(b.lines).toBeGreaterThanOrEqual(per);
          }
        },
      ),
    );
  });

  it('cuts a 100 000-goroutine deadlock trace into blocks of OUTPUT_BLOCK_LINES lines', () => {
    const text = outputPreview(
      Array.from(
        { length: 100_000 },
        (_, i) => `goroutine ${i + 2} [chan receive]:\nmain.main.func1()\n`,
      ).join('\n'),
    );
    const blocks = outputBlocks(text);
    expect(blocks.length).toBeGreaterThan(10);
    expect(Math.max(...blocks.map((b) => b.lines))).toBeLessThanOrEqual(OUTPUT_BLOCK_LINES + 2);
  });
});
