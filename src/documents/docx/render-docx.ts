/**
 * A `FlokkDocument` as a Word file: real heading styles (so Word's navigation pane and table of contents
 * work), tables whose header row repeats on every page, the figures' sources as footnotes, and the
 * language (nb-NO or nn-NO) on every run so that spelling and hyphenation are Norwegian. The output is the
 * same bytes for the same document and revision (`fixPackageTimes`).
 * @module
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, FlokkDocument, Inline } from '../../case/document/document-model.ts';
import { barChartPng } from '../chart/bar-chart-png.ts';
import { barChartSvg } from '../chart/bar-chart-svg.ts';
import { fixPackageTimes } from './deterministic-zip.ts';

export interface DocxMetadata {
  /** The revision's timestamp (ISO 8601): the document's created and modified dates, never the clock. */
  revisionAt: string;
  /** @default 'Flokk' */
  creator?: string;
  /** Who saved the revision. @default creator */
  lastModifiedBy?: string;
}

const LANGUAGE = { nb: 'nb-NO', nn: 'nn-NO' } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const NUMBERED = 'flokk-numbered';

/** Collects the footnotes in the order they appear, numbered from 1 as Word numbers them. */
class Footnotes {
  readonly notes: Record<number, { children: Paragraph[] }> = {};
  private next = 1;
  constructor(private readonly language: string) {}

  add(text: string): number {
    const id = this.next++;
    this.notes[id] = {
      children: [new Paragraph({ children: [new TextRun({ text, language: { value: this.language } })] })],
    };
    return id;
  }
}

function runs(content: Inline[], language: string, footnotes: Footnotes) {
  return content.flatMap((inline) => {
    const run = new TextRun({
      text: inline.text,
      language: { value: language },
      // A placeholder stands out in print too, where colour may be lost.
      ...(inline.placeholder ? { italics: true } : {}),
    });
    return inline.footnote ? [run, new FootnoteReferenceRun(footnotes.add(inline.footnote))] : [run];
  });
}

function cell(text: string, language: string, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ children: [new TextRun({ text, language: { value: language }, bold: header })] }),
    ],
  });
}

/** A table; a figure's data table has no caption of its own (the figure's, above the chart, covers both). */
type TableData = { caption?: string; header: string[]; rows: string[][] };

function table(block: TableData, language: string): FileChild[] {
  const caption = block.caption
    ? [
        new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: block.caption, language: { value: language }, bold: true })],
        }),
      ]
    : [];
  const rows = [
    new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, language, true)) }),
    ...block.rows.map(
      (row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, language, false)) }),
    ),
  ];
  return [
    ...caption,
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({}),
  ];
}

/** The chart's size on the page, in Word's pixels (96 to the inch): the text width of an A4 page, about 16 cm. */
const FIGURE_SIZE = { width: 600, height: 300 };

/**
 * A figure: its caption, the chart as an SVG image with the alt text Word's accessibility checker and screen
 * readers read (`descr`), and then the chart's numbers as a table, since a chart alone is not accessible.
 * Word requires a PNG beside an SVG for applications that cannot show SVG; barChartPng draws the same bars
 * without the labels. `drawing` numbers the figures (`wp:docPr` ids): given here, not by docx's counter
 * shared by the whole process, so the same document is the same bytes however many came before it.
 */
function figure(block: Extract<Block, { kind: 'figure' }>, language: string, drawing: number): FileChild[] {
  const caption = new Paragraph({
    keepNext: true,
    children: [new TextRun({ text: block.caption, language: { value: language }, bold: true })],
  });
  const image = new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(barChartSvg(block.chart, block.alt)),
        fallback: { type: 'png', data: barChartPng(block.chart) },
        transformation: FIGURE_SIZE,
        altText: { id: String(drawing), name: block.caption, title: block.caption, description: block.alt },
      }),
    ],
  });
  return [caption, image, ...table(block.table, language)];
}

function blockChildren(
  block: Block,
  language: string,
  footnotes: Footnotes,
  list: number,
  drawing: number,
): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[block.level],
          children: [new TextRun({ text: block.text, language: { value: language } })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content, language, footnotes) })];
    case 'numbered':
      // Each list starts again at 1: an innstilling's points are numbered on their own.
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: NUMBERED, level: 0, instance: list },
            children: runs(item, language, footnotes),
          }),
      );
    case 'table':
      return table(block, language);
    case 'figure':
      return figure(block, language, drawing);
  }
}

/**
 * The DOCX bytes of `document`.
 * @example await renderDocx(buildSaksframlegg(doc, { municipality: '5028', scenarioId, language: 'nb' }), { revisionAt: '2026-06-10T08:30:00Z' })
 */
export async function renderDocx(document: FlokkDocument, metadata: DocxMetadata): Promise<Uint8Array> {
  const language = LANGUAGE[document.language];
  const footnotes = new Footnotes(language);
  let lists = 0;
  let drawings = 0;
  const title = new Paragraph({
    heading: HeadingLevel.TITLE,
    children: [new TextRun({ text: document.title, language: { value: language } })],
  });
  const children = document.blocks.flatMap((block) =>
    blockChildren(
      block,
      language,
      footnotes,
      block.kind === 'numbered' ? ++lists : 0,
      block.kind === 'figure' ? ++drawings : 0,
    ),
  );
  const creator = metadata.creator ?? 'Flokk';
  const docx = new Document({
    title: document.title,
    creator,
    lastModifiedBy: metadata.lastModifiedBy ?? creator,
    styles: { default: { document: { run: { language: { value: language } } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    footnotes: footnotes.notes,
    sections: [{ children: [title, ...children] }],
  });
  return fixPackageTimes(new Uint8Array(await Packer.toBuffer(docx)), metadata.revisionAt);
}
