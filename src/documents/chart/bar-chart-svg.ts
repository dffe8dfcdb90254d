/**
 * A grouped bar chart as SVG text: `role="img"` with the alt text as its `<title>`, a zero line that
 * negative bars hang below, axis labels in Norwegian number format and only a generic font family (the
 * reader's own sans-serif), so that nothing is fetched and the text is the same on every machine.
 * @module
 */
import type { BarChart } from '../../case/document/document-model.ts';
import { CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS, layoutBarChart } from './bar-chart-layout.ts';

/** Text as SVG character data or an attribute value: the case's words never become markup. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const colour = (series: number) => SERIES_COLOURS[series % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];

/** @example barChartSvg({ unit: 'nok', categories: ['2026'], series: [{ name: 'Melhus', values: [1e6] }] }, 'Stolpediagram: …') */
export function barChartSvg(chart: BarChart, alt: string): string {
  const layout = layoutBarChart(chart);
  const { plot } = layout;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(alt)}</title>`,
    `<rect x="0" y="0" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    // Grid lines and labels first, so that the bars lie on top of them.
    ...layout.ticks.flatMap((tick) => [
      `<line x1="${plot.left}" y1="${tick.y}" x2="${plot.right}" y2="${tick.y}" stroke="#d9d9d9" stroke-width="1"/>`,
      `<text x="${plot.left - 6}" y="${tick.y + 4}" text-anchor="end" fill="#404040">${escapeXml(tick.label)}</text>`,
    ]),
    `<text x="${plot.left - 6}" y="${plot.top - 12}" text-anchor="end" fill="#404040">${escapeXml(layout.unit)}</text>`,
    ...layout.bars.map(
      (bar) =>
        `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="${colour(bar.series)}"/>`,
    ),
    // The zero line over the bars: where a saving turns into a cost.
    `<line x1="${plot.left}" y1="${layout.zeroY}" x2="${plot.right}" y2="${layout.zeroY}" stroke="#000000" stroke-width="1.5"/>`,
    ...layout.categories.map(
      (c) =>
        `<text x="${c.x}" y="${plot.bottom + 20}" text-anchor="middle" fill="#404040">${escapeXml(c.label)}</text>`,
    ),
    ...layout.legend.flatMap((entry) => [
      `<rect x="${entry.x}" y="6" width="12" height="12" fill="${colour(entry.series)}"/>`,
      `<text x="${entry.x + 18}" y="16" fill="#404040">${escapeXml(entry.name)}</text>`,
    ]),
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}
