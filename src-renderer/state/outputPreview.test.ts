import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputPreview } from './outputPreview';

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
