/**
 * One place that turns a `FlokkDocument` into the bytes of a format, and says which generator made them.
 * The formats register here; callers never switch on them.
 * @module
 */
import type { FlokkDocument } from '../case/document/document-model.ts';
import { renderDocx } from './docx/render-docx.ts';

/**
 * The version of the document generator, stored with every generated document: the same revision and options
 * rendered by another generator version is another document.
 * TODO(merge with the PDF branch): re-export `DOCUMENT_GENERATOR_VERSION` from `./generator-version.ts` instead.
 */
export const DOCUMENT_GENERATOR_VERSION = '0.1.0+documents.1';

/** docx: Word (Office Open XML) · pdf: PDF/A. */
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What a format writes into the file besides the text: never the clock, so the same input gives the same bytes. */
export interface RenderMetadata {
  /** When the revision was saved (ISO 8601): the document's date. */
  revisionAt: string;
  /** The author the file's properties name (DOCX only). @default 'Flokk' */
  creator?: string;
}

interface FormatDescriptor {
  contentType: string;
  render(document: FlokkDocument, metadata: RenderMetadata): Promise<Uint8Array>;
}

const FORMATS: Record<DocumentFormat, FormatDescriptor> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (document, { revisionAt, creator }) =>
      renderDocx(document, { revisionAt, ...(creator === undefined ? {} : { creator }) }),
  },
  pdf: {
    contentType: 'application/pdf',
    async render(document, { revisionAt }) {
      // Loaded when asked for: the PDF renderer compiles a typesetting engine, which DOCX does not need.
      // @ts-expect-error -- render-pdf.ts comes with the PDF branch (issue 16); remove this line at the merge.
      const { renderPdf } = (await import('./pdf/render-pdf.ts')) as PdfModule;
      return renderPdf(document, { revisionAt });
    },
  },
};

/** The shape of `./pdf/render-pdf.ts`. */
interface PdfModule {
  renderPdf(document: FlokkDocument, options: { revisionAt: string }): Uint8Array | Promise<Uint8Array>;
}

export function isDocumentFormat(value: unknown): value is DocumentFormat {
  return typeof value === 'string' && (DOCUMENT_FORMATS as readonly string[]).includes(value);
}

/** The media type of a format's files. */
export function contentTypeOf(format: DocumentFormat): string {
  return FORMATS[format].contentType;
}

/** The document's bytes in `format`; deterministic for DOCX (see `render-docx.ts`). */
export function renderDocument(
  document: FlokkDocument,
  format: DocumentFormat,
  metadata: RenderMetadata,
): Promise<Uint8Array> {
  return FORMATS[format].render(document, metadata);
}
