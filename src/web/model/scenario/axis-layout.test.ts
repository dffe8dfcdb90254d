import { describe, expect, it } from 'vitest';
import { bottomAxisExtents, bottomAxisLayout } from './axis-layout.ts';

describe('bottomAxisLayout', () => {
  it('puts the 13 px axis title in its own row under the tick labels, inside the margin', () => {
    const layout = bottomAxisLayout(13);
    // Tick labels: 6 + 3 = 9 to 9 + 15,6 = 24,6 px below the axis; title 24,6 + 6 + 15,6 = 46,2 → 47.
    expect(layout).toEqual({
      marginBottom: 51,
      labelOffset: 47,
      labelAnchor: 'center',
      tickSize: 6,
      tickPadding: 3,
    });
    const { tickLabels, title } = bottomAxisExtents(layout, 13);
    expect(title[0]).toBeGreaterThanOrEqual(tickLabels[1]);
    expect(title[1]).toBeLessThanOrEqual(layout.marginBottom);
  });

  it('would overlap with Plot’s default (title bottom at marginBottom − 3 = 27 px for a 30 px margin)', () => {
    const defaults = {
      marginBottom: 30,
      labelOffset: 27,
      labelAnchor: 'center' as const,
      tickSize: 6,
      tickPadding: 3,
    };
    const { tickLabels, title } = bottomAxisExtents(defaults, 13);
    expect(title[0]).toBeLessThan(tickLabels[1]);
  });
});
