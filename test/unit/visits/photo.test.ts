import { describe, expect, it } from 'vitest';
import { fitWithin } from '../../../src/platform/photo';

describe('the size a photo is compressed to', () => {
  it('brings the long edge down to 1600 px, keeping the shape, landscape or portrait', () => {
    expect(fitWithin(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4000, 1000, 1600)).toEqual({ width: 1600, height: 400 });
  });
  it('never enlarges a photo already small enough, and never rounds a side to nothing', () => {
    expect(fitWithin(1600, 900, 1600)).toEqual({ width: 1600, height: 900 });
    expect(fitWithin(640, 480, 1600)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(20000, 2, 1600)).toEqual({ width: 1600, height: 1 });
  });
});
