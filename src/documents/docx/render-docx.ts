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

function table(block: Extract<Block, { kind: 'table' }>, language: string): FileChild[] {
  const caption = new Paragraph({
    keepNext: true,
    children: [new TextRun({ text: block.caption, language: { value: language }, bold: true })],
  });
  const rows = [
    new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, language, true)) }),
    ...block.rows.map(
      (row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, language, false)) }),
    ),
  ];
  return [caption, new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph({})];
}

function blockChildren(block: Block, language: string, footnotes: Footnotes, list: number): FileChild[] {
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
  const title = new Paragraph({
    heading: HeadingLevel.TITLE,
    children: [new TextRun({ text: document.title, language: { value: language } })],
  });
  const children = document.blocks.flatMap((block) =>
    blockChildren(block, language, footnotes, block.kind === 'numbered' ? ++lists : 0),
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
