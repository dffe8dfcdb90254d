import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BarChart } from '../../case/document/document-model.ts';
import { barChartPng } from './bar-chart-png.ts';

const chart: BarChart = {
  unit: 'nok',
  categories: ['2026', '2027', '2028'],
  series: [{ name: 'Melhus', values: [0, 2_000_000, -1_000_000] }],
};

/** The RGB of one pixel of a 1:1 PNG as barChartPng writes it (one IDAT, filter 0 on every row). */
function pixel(png: Uint8Array, x: number, y: number): number[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const length = view.getUint32(33);
  const data = unzlibSync(png.subarray(41, 41 + length));
  const at = y * (1 + width * 3) + 1 + x * 3;
  return [...data.subarray(at, at + 3)];
}

describe('barChartPng', () => {
  const png = barChartPng(chart, 1);

  it('is a PNG of the chart’s size', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new DataView(png.buffer).getUint32(16)).toBe(640);
    expect(new DataView(png.buffer).getUint32(20)).toBe(320);
  });

  it('paints the bars above and below the zero line where the SVG draws them', () => {
    const blue = [0x1f, 0x4e, 0x79];
    expect(pixel(png, 340, 100)).toEqual(blue); // 2027 rises from y 200 to 32
    expect(pixel(png, 340, 20)).toEqual([255, 255, 255]);
    expect(pixel(png, 520, 250)).toEqual(blue); // 2028 hangs from y 200 to 284
    expect(pixel(png, 520, 150)).toEqual([255, 255, 255]);
    expect(pixel(png, 150, 200)).toEqual([0, 0, 0]); // the zero line
  });

  it('gives the same bytes every time', () => {
    expect(barChartPng(chart, 1)).toEqual(png);
  });
});
