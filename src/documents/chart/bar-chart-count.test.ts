import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart-svg.ts';

// Hand-checked: values 20, 18.5 and 17.5 (årsverk) give a raw step of 20 / 4 = 5, so ticks 0, 5 … 20 on the
// plot's 252 units (y 32 to 284); 20 reaches the top, 18.5 is 252 · 18.5 / 20 = 233.1 high (y 284 − 233.1 = 50.9)
// and 17.5 is 220.5 high (y 63.5).
const svg = barChartSvg(
  {
    unit: 'count',
    unitLabel: 'årsverk',
    categories: ['1.1.2025', '1.1.2027', '31.12.2027'],
    series: [{ name: 'Årsverk i enheten', values: [20, 18.5, 17.5] }],
  },
  'Stolpediagram: årsverk',
);

describe('barChartSvg of a plain quantity', () => {
  it('labels the axis with the quantity’s own unit and its values unscaled, never as kroner', () => {
    const labels = [...svg.matchAll(/text-anchor="end" fill="#404040">([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0', '5', '10', '15', '20', 'årsverk']);
    expect(svg).not.toContain('kr<');
  });

  it('draws the bars to scale from zero', () => {
    const tops = [
      ...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#1f4e79"\/>/g),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    expect(tops).toEqual([
      [32, 252],
      [50.9, 233.1],
      [63.5, 220.5],
    ]);
  });
});
