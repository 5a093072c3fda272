import { describe, expect, it, vi } from 'vitest';

// Pixi reads `navigator` when it loads; Node 20 has none (the labels are made, never drawn, here).
vi.hoisted(() => {
  (globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };
});

const { BitmapText, Container, Text } = await import('pixi.js');
const { isStageLabel, sharpenLabels, stageLabel, useLabels } = await import('./labels');

describe('stage labels: canvas Text on Canvas 2D, BitmapText on WebGL', () => {
  it('makes the kind of label the drawing stage uses, at its resolution', () => {
    useLabels('canvas', 2);
    const a = stageLabel({ text: 'runq 3/256', style: { fontSize: 10 } });
    expect(a).toBeInstanceOf(Text);
    expect(a.resolution).toBe(2);
    useLabels('webgl', 1);
    const b = stageLabel({ text: 'P0', style: { fontSize: 12 } });
    expect(b).toBeInstanceOf(BitmapText);
    expect(isStageLabel(a) && isStageLabel(b)).toBe(true);
    expect(isStageLabel(new Container())).toBe(false);
  });

  it('sharpenLabels redraws canvas labels at a zoom’s resolution, nested ones too', () => {
    useLabels('canvas', 1);
    const root = new Container();
    const card = new Container();
    const label = stageLabel({ text: 'timers', style: { fontSize: 10 } });
    card.addChild(label);
    root.addChild(card);
    sharpenLabels(root, 4);
    expect(label).toBeInstanceOf(Text);
    expect(label.resolution).toBe(4);
  });
});
