/**
 * A plain-text table with aligned columns, for terminals. Numbers are right-aligned so digits line up.
 * @module
 */

export interface TextColumn {
  header: string;
  align: 'left' | 'right';
}

const GAP = '  ';

function width(text: string): number {
  // Count code points, not UTF-16 units; the no-break spaces in nb-NO numbers are one column each.
  return [...text].length;
}

function pad(text: string, size: number, align: TextColumn['align']): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders the header, the body rows, a rule, and the footer rows (e.g. totals). Trailing spaces are trimmed.
 * @example renderTextTable([{ header: 'A', align: 'left' }], [['x']], []) // → 'A\nx\n'
 */
export function renderTextTable(
  columns: readonly TextColumn[],
  body: readonly (readonly string[])[],
  footer: readonly (readonly string[])[],
): string {
  const all = [columns.map((c) => c.header), ...body, ...footer];
  const sizes = columns.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    columns
      .map((column, i) => pad(row[i] ?? '', sizes[i] ?? 0, column.align))
      .join(GAP)
      .trimEnd();
  const rule = '-'.repeat(sizes.reduce((sum, size) => sum + size, 0) + GAP.length * (columns.length - 1));
  const lines = [line(all[0] ?? []), ...body.map(line)];
  if (footer.length > 0) lines.push(rule, ...footer.map(line));
  return `${lines.join('\n')}\n`;
}
