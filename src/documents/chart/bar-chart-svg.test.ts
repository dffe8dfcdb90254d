import { describe, expect, it } from 'vitest';
import type { BarChart } from '../../case/document/document-model.ts';
import { barChartSvg } from './bar-chart-svg.ts';

// Hand-checked: values from −1 to 2 million give a step of 1 million and a scale from −1 to 2 million over
// the plot's 252 units (y 32 to 284), so zero lies a third of the way up, at y = 284 − 84 = 200.
const chart: BarChart = {
  unit: 'nok',
  categories: ['2026', '2027', '2028'],
  series: [{ name: 'Melhus', values: [0, 2_000_000, -1_000_000] }],
};
const alt = 'Stolpediagram: Melhus’ netto effekt per år 2026–2028, fra 0 kr til 2 mill. kr & −1 mill. kr';
const svg = barChartSvg(chart, alt);
const bars = [
  ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#1f4e79"\/>/g),
].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) }));

describe('barChartSvg', () => {
  it('is an image whose title is the alt text, escaped', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(
      '<title>Stolpediagram: Melhus’ netto effekt per år 2026–2028, fra 0 kr til 2 mill. kr &amp; −1 mill. kr</title>',
    );
    expect(svg).toContain('font-family="sans-serif"');
  });

  it('draws bars proportional to the values, from the zero line', () => {
    expect(bars).toEqual([
      { x: 99.6, y: 200, width: 128.8, height: 0 },
      { x: 283.6, y: 32, width: 128.8, height: 168 },
      { x: 467.6, y: 200, width: 128.8, height: 84 },
    ]);
    expect(svg).toContain('<line x1="72" y1="200" x2="624" y2="200" stroke="#000000"');
  });

  it('labels the axis in millions, in Norwegian number format, with a real minus sign', () => {
    const labels = [...svg.matchAll(/text-anchor="end" fill="#404040">([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['\u22121', '0', '1', '2', 'mill. kr']);
    expect(svg).toContain('>2027</text>');
  });

  it('shows a legend only when there is more than one series', () => {
    expect(svg).not.toContain('>Melhus</text>');
    const two = barChartSvg(
      { ...chart, series: [...chart.series, { name: 'Alle', values: [1, 2, 3] }] },
      alt,
    );
    expect(two).toContain('>Melhus</text>');
    expect(two).toContain('>Alle</text>');
  });

  it('gives the same text every time', () => {
    expect(barChartSvg(chart, alt)).toBe(svg);
  });
});
