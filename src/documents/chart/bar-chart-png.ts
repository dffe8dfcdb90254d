/**
 * The bar chart's bars, grid and zero line as a PNG, without the text: the fallback Word requires beside an
 * SVG image (`ImageRun` type 'svg'), for the few applications that cannot show SVG. Flokk has no
 * rasteriser among its dependencies, and a bar chart is only rectangles, so this draws them itself; the
 * labels are left out, which is acceptable because the alt text and the data table beside the chart carry
 * every number. Deterministic: the same chart gives the same bytes (fixed zlib level, no timestamps).
 * @module
 */
import { zlibSync } from 'fflate';
import type { BarChart } from '../../case/document/document-model.ts';
import { CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS, layoutBarChart } from './bar-chart-layout.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The PNG bytes of `chart`, `scale` pixels per chart unit (2 keeps the edges sharp when Word enlarges it). */
export function barChartPng(chart: BarChart, scale = 2): Uint8Array {
  const layout = layoutBarChart(chart);
  const width = CHART_WIDTH * scale;
  const height = CHART_HEIGHT * scale;
  const stride = 1 + width * 3;
  // Each row starts with its filter byte (0: none); white background.
  const pixels = new Uint8Array(stride * height).fill(255);
  for (let row = 0; row < height; row++) pixels[row * stride] = 0;
  const fill = (x: number, y: number, w: number, h: number, hex: string) => {
    const [r = 0, g = 0, b = 0] = rgb(hex);
    const x0 = Math.max(0, Math.round(x * scale));
    const x1 = Math.min(width, Math.round((x + w) * scale));
    const y0 = Math.max(0, Math.round(y * scale));
    const y1 = Math.min(height, Math.max(Math.round((y + h) * scale), y0 + 1));
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) pixels.set([r, g, b], py * stride + 1 + px * 3);
    }
  };
  const { plot } = layout;
  for (const tick of layout.ticks) fill(plot.left, tick.y - 0.5, plot.right - plot.left, 1, '#d9d9d9');
  for (const bar of layout.bars) {
    fill(
      bar.x,
      bar.y,
      bar.width,
      bar.height,
      SERIES_COLOURS[bar.series % SERIES_COLOURS.length] ?? '#000000',
    );
  }
  fill(plot.left, layout.zeroY - 0.75, plot.right - plot.left, 1.5, '#000000');
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(pixels, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}
