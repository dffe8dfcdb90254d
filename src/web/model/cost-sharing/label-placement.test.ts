import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels } from './label-placement.ts';

const pairs = <T>(items: readonly T[]) =>
  items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe('placeLabels', () => {
  it('keeps the labels of three points 10 units apart clear of each other and of every mark', () => {
    const points = [
      { at: [200, 200] as const, text: '1' },
      { at: [210, 200] as const, text: '2' },
      { at: [205, 190] as const, text: '3, 4' },
    ];
    const placed = placeLabels(points);
    for (const [a, b] of pairs(placed)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    for (const label of placed)
      for (const { at } of points) {
        const [x, y] = at;
        expect(boxesOverlap(label.box, { left: x - 6, top: y - 6, right: x + 6, bottom: y + 6 })).toBe(false);
      }
    // The old fixed place (14 to the right, 5 down) put «1» on point 2's mark (210 ± 5).
    const oldLabelOf1 = { left: 214, top: 194.5, right: 222.4, bottom: 206.4 };
    expect(boxesOverlap(oldLabelOf1, { left: 205, top: 195, right: 215, bottom: 205 })).toBe(true);
  });

  it('puts a lone point’s label to its right, and steers clear of a corner’s name', () => {
    const [lone] = placeLabels([{ at: [100, 100], text: '5' }]);
    expect(lone?.anchor).toBe('start');
    expect(lone?.x).toBeGreaterThan(100);
    const corner = { left: 100, top: 80, right: 200, bottom: 110 };
    const [moved] = placeLabels([{ at: [100, 100], text: '5' }], [corner]);
    expect(boxesOverlap(moved!.box, corner)).toBe(false);
    expect(moved?.anchor).toBe('end');
  });
});
