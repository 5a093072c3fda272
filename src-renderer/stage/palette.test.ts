import { describe, expect, it } from 'vitest';
import { applyStageTheme, STAGE } from './palette';

describe('stage themes', () => {
  it('switches colours and scales in place, and back', () => {
    applyStageTheme('projector', 1.5);
    expect(STAGE.background).toBe(0x000000);
    expect(STAGE.lineScale).toBe(2);
    expect(STAGE.fontScale).toBeCloseTo(1.95);
    applyStageTheme('light');
    expect(STAGE.text).toBe(0x1b1f27);
    applyStageTheme('dark');
    expect(STAGE).toMatchObject({ background: 0x0f1115, fontScale: 1, lineScale: 1 });
  });
});
