import { describe, expect, it } from 'vitest';
import { CORNERS, groupPoints, numberList, toXy, viewBox } from './triangle-geometry.ts';

describe('triangle geometry', () => {
  it('puts each player’s whole saving at its corner and equal shares at the centre', () => {
    expect(toXy([1, 0, 0])).toEqual(CORNERS[0]);
    expect(toXy([0, 0, 1])).toEqual(CORNERS[2]);
    const [x, y] = toXy([1 / 3, 1 / 3, 1 / 3]);
    expect(x).toBeCloseTo(200, 9);
    // The centroid of an equilateral triangle of side 400 lies 2/3 of the height (346.4) below the top.
    expect(y).toBeCloseTo((2 / 3) * 346.41016, 4);
  });

  it('widens the view box for points outside the triangle', () => {
    expect(viewBox([])).toBe('-90 -40 580 426.4');
    // A municipality paying more than alone has a negative share: here −0.4, below the bottom side.
    const [minX, minY, width, height] = viewBox([[-0.4, 0.7, 0.7]])
      .split(' ')
      .map(Number);
    expect(minX).toBe(-90);
    expect(minY).toBe(-40);
    expect(width).toBe(580);
    expect(height).toBeCloseTo(426.4 + 0.4 * 346.41, 0);
  });

  it('gathers coinciding points into one group', () => {
    const groups = groupPoints([
      { id: 'a', at: [0.5, 0.25, 0.25] },
      { id: 'b', at: [0.2, 0.4, 0.4] },
      { id: 'c', at: [0.5, 0.25, 0.25 + 1e-9] },
    ]);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('writes runs of three or more point numbers as a range', () => {
    expect(numberList([10, 5, 6, 7, 8, 9])).toBe('5–10');
    expect(numberList([1, 3, 4])).toBe('1, 3, 4');
    expect(numberList([1, 2, 3, 7])).toBe('1–3, 7');
  });
});
