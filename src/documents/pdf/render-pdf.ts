/**
 * A `FlokkDocument` as a tagged PDF/A-2a, typeset by Typst (through `@myriaddreamin/typst-ts-node-compiler`)
 * with the template flokk-document.typ. The document reaches Typst only as JSON in `sys.inputs`, which the
 * template decodes and sets as text: no case text is ever written into Typst markup, so no text can be read
 * as markup, whatever characters it holds.
 *
 * What the file is: PDF 1.7 that Typst exports under its PDF/A-2a profile (XMP `pdfaid:part` 2,
 * `pdfaid:conformance` A, an sRGB output intent, all fonts embedded), tagged (a structure tree with the title,
 * headings, lists, tables with header cells, footnotes and captions; `/MarkInfo << /Marked true >>`) with
 * `/Lang` nb-NO or nn-NO. Typst checks its own PDF/A-2a rules and refuses to export a document that breaks
 * them; the file has not been run through an independent validator such as veraPDF. It is not declared
 * PDF/UA-1: this compiler takes one standard at a time, and PDF/A-2a is the one the issue asks for.
 *
 * The same document and revision give the same bytes: the document's date (the PDF's and the XMP's dates)
 * is the revision's time, Typst derives the file's /ID from the content, and the only fonts used are built
 * into the compiler (Libertinus Serif, New Computer Modern; SIL Open Font Licence), never a system font.
 *
 * Compiling is synchronous (Typst runs on the calling thread); `renderPdf` returns a promise only so that it
 * has the same signature as `renderDocx`. About 0.1 s for a full saksframlegg once the compiler is warm.
 * @module
 */
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Block, FlokkDocument } from '../../case/document/document-model.ts';
import { barChartSvg } from '../chart/bar-chart-svg.ts';

/** The template, next to this file (scripts/build-cli.mjs points the URL at the source from dist/cli). */
const TEMPLATE = readFileSync(new URL('./flokk-document.typ', import.meta.url), 'utf8');

/** The standard Typst exports to and checks against. */
export const PDF_STANDARD = 'a-2a';

export interface PdfMetadata {
  /** The revision's timestamp (ISO 8601): the document's created and modified dates, never the clock. */
  revisionAt: string;
}

/** The revision's time in UTC, as the fields of Typst's `datetime`. */
function revisionTime(timestamp: string) {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${timestamp}`);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** One compiler per process: creating it loads the fonts, and it keeps Typst's caches warm between documents. */
let compiler: NodeCompiler | undefined;

/** Typst's diagnostics as one line each, for the error message. */
function describe(diagnostics: unknown[] | undefined): string {
  return (diagnostics ?? []).map((d) => JSON.stringify(d)).join('\n') || 'no document';
}

/**
 * A block as the template takes it: a figure carries its chart drawn as SVG (Typst places SVG as vector
 * graphics), so the template draws nothing itself and the PDF shows the same chart as the DOCX. The SVG
 * travels inside the JSON as a string, like every other text, and reaches Typst as `bytes`, never as markup.
 */
function templateBlock(block: Block) {
  return block.kind === 'figure' ? { ...block, svg: barChartSvg(block.chart, block.alt) } : block;
}

/**
 * The PDF bytes of `document`.
 * @example await renderPdf(buildSaksframlegg(doc, { municipality: '5028', scenarioId, language: 'nb' }), { revisionAt: '2026-06-10T08:30:00Z' })
 */
export async function renderPdf(document: FlokkDocument, metadata: PdfMetadata): Promise<Uint8Array> {
  compiler ??= NodeCompiler.create();
  const data = JSON.stringify({
    title: document.title,
    language: document.language,
    blocks: document.blocks.map(templateBlock),
    revisionAt: revisionTime(metadata.revisionAt),
  });
  const compiled = compiler.compile({ mainFileContent: TEMPLATE, inputs: { 'flokk-document': data } });
  const error = compiled.takeError();
  if (error || !compiled.result)
    throw new Error(`Typst could not set the document:\n${describe(error?.shortDiagnostics)}`);
  try {
    return new Uint8Array(compiler.pdf(compiled.result, { pdfStandard: PDF_STANDARD }));
  } catch (cause) {
    // Typst's PDF/A checks, e.g. a character that none of the template's fonts has (an emoji).
    throw new Error(`Typst could not write the document as PDF/A-2a: ${String(cause)}`, { cause });
  }
}
