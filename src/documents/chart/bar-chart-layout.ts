/**
 * Where a grouped bar chart's bars, zero line, ticks and labels go, in the chart's own units (1 unit = 1 px
 * at 100 %). The SVG writer and the PNG fallback draw the same layout, so they show the same bars.
 * Coordinates are rounded to hundredths so that the output is the same text on every machine.
 * @module
 */
import type { BarChart } from '../../case/document/document-model.ts';
import { formatNumber } from '../../i18n/format.ts';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
/** Distinguishable in greyscale and for the common colour-vision deficiencies (dark blue, orange, green). */
export const SERIES_COLOURS = ['#1f4e79', '#c55a11', '#548235'] as const;

const PLOT = { left: 72, right: CHART_WIDTH - 16, top: 32, bottom: CHART_HEIGHT - 36 };
/** The share of a category's width its bars take; the rest is the gap between years. */
const GROUP_FILL = 0.7;

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
}
export interface BarChartLayout {
  plot: typeof PLOT;
  zeroY: number;
  /** The scale's unit under the axis labels, e.g. `mill. kr`. */
  unit: string;
  ticks: { y: number; label: string }[];
  bars: Bar[];
  categories: { x: number; label: string }[];
  legend: { x: number; name: string; series: number }[];
}

export const round = (n: number) => Math.round(n * 100) / 100 + 0;

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about four intervals. */
function niceStep(span: number): number {
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
}

/** Kroner as the axis shows them: in millions or thousands once the amounts are that large. */
function scaleUnit(largest: number): { divisor: number; unit: string } {
  if (largest >= 1e6) return { divisor: 1e6, unit: 'mill. kr' };
  if (largest >= 1e4) return { divisor: 1e3, unit: '1000 kr' };
  return { divisor: 1, unit: 'kr' };
}

export function layoutBarChart(chart: BarChart): BarChartLayout {
  const values = chart.series.flatMap((s) => s.values).filter((v) => Number.isFinite(v));
  // Zero is always on the axis: a bar's length from zero is what the eye reads.
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low || 1);
  const from = Math.floor(low / step);
  const to = Math.max(Math.ceil(high / step), from + 1);
  const min = from * step;
  const max = to * step;
  const y = (v: number) => round(PLOT.bottom - ((v - min) / (max - min)) * (PLOT.bottom - PLOT.top));
  const { divisor, unit } =
    chart.unit === 'nok'
      ? scaleUnit(Math.max(Math.abs(min), Math.abs(max)))
      : { divisor: 1, unit: chart.unitLabel ?? '' };
  const decimals = Math.max(0, -Math.floor(Math.log10(step / divisor) + 1e-9));
  const ticks = Array.from({ length: to - from + 1 }, (_, i) => {
    // Multiplying the integer index avoids the drift of adding `step` again and again.
    const value = (from + i) * step;
    return { y: y(value), label: formatNumber(value / divisor, decimals) };
  });
  const group = (PLOT.right - PLOT.left) / Math.max(1, chart.categories.length);
  const barWidth = (group * GROUP_FILL) / Math.max(1, chart.series.length);
  const zeroY = y(0);
  const bars = chart.series.flatMap((series, s) =>
    chart.categories.map((_, c) => {
      const value = series.values[c] ?? 0;
      const top = y(Math.max(0, value));
      return {
        x: round(PLOT.left + c * group + (group * (1 - GROUP_FILL)) / 2 + s * barWidth),
        y: top,
        width: round(barWidth),
        height: round(y(Math.min(0, value)) - top),
        series: s,
      };
    }),
  );
  return {
    plot: PLOT,
    zeroY,
    unit,
    ticks,
    bars,
    categories: chart.categories.map((label, c) => ({ x: round(PLOT.left + (c + 0.5) * group), label })),
    legend:
      chart.series.length > 1
        ? chart.series.map((series, s) => ({ x: PLOT.left + s * 160, name: series.name, series: s }))
        : [],
  };
}
