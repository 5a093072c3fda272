import { describe, expect, it } from 'vitest';
import { chooseLiveRenderer, liveRendererOptions } from './liveRenderer';

describe('chooseLiveRenderer', () => {
  it('draws with Canvas 2D when WebGL is software and with WebGL on a GPU', () => {
    expect(chooseLiveRenderer(null, () => true)).toBe('canvas');
    expect(chooseLiveRenderer(null, () => false)).toBe('webgl');
  });

  it('lets ?renderer= choose either path whatever the machine, and ignores anything else', () => {
    expect(chooseLiveRenderer('webgl', () => true)).toBe('webgl');
    expect(chooseLiveRenderer('canvas', () => false)).toBe('canvas');
    expect(chooseLiveRenderer('webgpu', () => true)).toBe('canvas');
    expect(chooseLiveRenderer('', () => false)).toBe('webgl');
  });
});

describe('liveRendererOptions', () => {
  it('asks Pixi for the chosen renderer', () => {
    expect(liveRendererOptions('canvas').preference).toBe('canvas');
  });
});
