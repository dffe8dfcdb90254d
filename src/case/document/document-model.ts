/** A document as Flokk writes it, independent of the format (DOCX, PDF). Text is plain; never markup. */
export type Inline = { text: string; placeholder?: boolean; footnote?: string };
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[]; municipal?: boolean }
  | { kind: 'numbered'; items: Inline[][]; municipal?: boolean }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; municipal?: boolean }
  | {
      kind: 'figure';
      /** What the chart shows, in words, for those who cannot see it (a screen reader, the PDF's /Alt). */
      alt: string;
      caption: string;
      chart: BarChart;
      /** The chart's numbers, which every renderer sets beside the chart: a chart alone is not accessible. */
      table: { header: string[]; rows: string[][] };
      municipal?: boolean;
    };
/** A grouped bar chart: one group of bars per category (a year), one bar per series in each group. */
export interface BarChart {
  /** nok: kroner, scaled to mill. kr or 1000 kr · count: a plain quantity (an indicator), named by `unitLabel`. */
  unit: 'nok' | 'count';
  /** What a `count` chart's values are (`årsverk`), shown above the axis. */
  unitLabel?: string;
  categories: string[];
  /** Each series has one value per category, in the categories' order. */
  series: { name: string; values: number[] }[];
}
export interface FlokkDocument {
  title: string;
  language: 'nb' | 'nn';
  blocks: Block[];
}
