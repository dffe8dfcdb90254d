/**
 * Melhus' settlement statement for 2027 (`settledCase`) through the documents pipeline, read back by the same
 * readers as the saksframlegg: the PDF/A by pdfinfo, qpdf (structure tree, tags, PDF/A-2a metadata, language)
 * and pdftotext (the answer first, the tables row by row); the DOCX by its parts (heading styles, repeated
 * table headers, language, title and the revision's time).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { settledCase } from '../case/operations/settled-case.fixture.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { generateDocument, type GeneratedDocument } from './generate-document.ts';
import { pdfinfo, pdftotext, qpdfJson, read } from './pdf/pdf-readers.ts';

const REVISION_AT = '2028-02-20T09:00:00Z';
const STATEMENT = {
  kind: 'settlement-statement',
  municipality: '5028',
  unitId: 'administrative-tjenester',
  year: 2027,
  revisionAt: REVISION_AT,
  revision: 7,
} as const;
const directory = mkdtempSync(join(tmpdir(), 'flokk-statement-'));

let document: CaseDocument;
let pdf: GeneratedDocument;
let pdfFile: string;
let docx: GeneratedDocument;
let parts: Record<string, string>;

beforeAll(async () => {
  document = settledCase();
  pdf = await generateDocument(document, { ...STATEMENT, format: 'pdf', language: 'nb' });
  pdfFile = join(directory, pdf.fileName);
  writeFileSync(pdfFile, pdf.bytes);
  docx = await generateDocument(document, { ...STATEMENT, format: 'docx', language: 'nb' });
  parts = Object.fromEntries(Object.entries(unzipSync(docx.bytes)).map(([name, b]) => [name, strFromU8(b)]));
});

describe('the settlement statement as PDF/A', () => {
  it('is named by year, municipality and revision, tagged, titled and dated by the revision', () => {
    expect(pdf.fileName).toBe('arsoppgjor-2027-melhus-r7.pdf');
    expect(pdf.request).toMatchObject({
      unitId: 'administrative-tjenester',
      year: 2027,
      municipality: '5028',
    });
    const info = pdfinfo(pdfFile);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Årsoppgjør 2027 for Melhus – Felles enhet for administrative tjenester');
    expect(info.CreationDate).toBe(REVISION_AT);
  });

  it('passes qpdf --check, with a structure tree, headings, tables with header cells and captions', () => {
    expect(read('qpdf', ['--check', pdfFile])).toContain('No syntax or stream encoding errors found');
    const { catalog, structureTypes } = qpdfJson(pdfFile);
    expect(catalog['/StructTreeRoot']).toBeDefined();
    expect(catalog['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(catalog['/Lang']).toBe('u:nb-NO');
    for (const type of ['/H1', '/H2', '/Table', '/THead', '/TH', '/TD', '/Caption'])
      expect(structureTypes).toContain(type);
  });

  it('identifies itself as PDF/A-2a in its XMP metadata', () => {
    const { catalog, streamText } = qpdfJson(pdfFile);
    const xmp = streamText(catalog['/Metadata']);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  });

  it('reads the answer first, then the component table row by row, then how the figures were found', () => {
    const text = pdftotext(pdfFile);
    const answer = text.indexOf('Melhus skal betale 82 275 kr for 2027.');
    expect(answer).toBeGreaterThan(0);
    // The hand calculation is in case/document/settlement-statement.test.ts.
    const row = text.indexOf(
      'Lønn, regnskap og fakturering 14 800 000 kr 15 100 000 kr Folketall (plassholder – ikke fastsatt) 54,850 % 8 282 355 kr',
    );
    expect(row).toBeGreaterThan(answer);
    // The heading, after the tables (the answer's paragraph names it too).
    expect(text.indexOf('Slik er tallene regnet ut Regnskapet fra vertskommunen', row)).toBeGreaterThan(row);
    expect(text.indexOf('Melhus 12 862 333 kr 12 725 208 kr −54 850 kr 82 275 kr')).toBeGreaterThan(row);
    expect(text).toContain('hovedbok-2027-felles-administrasjon.csv');
  });

  it('marks nynorsk as nn-NO', async () => {
    const nn = await generateDocument(document, { ...STATEMENT, format: 'pdf', language: 'nn' });
    const file = join(directory, `nn-${nn.fileName}`);
    writeFileSync(file, nn.bytes);
    expect(qpdfJson(file).catalog['/Lang']).toBe('u:nn-NO');
    expect(pdftotext(file)).toContain('Slik er tala rekna ut');
  });
});

describe('the settlement statement as DOCX', () => {
  it('uses Word’s heading styles and repeats each table’s header row', () => {
    expect(docx.fileName).toBe('arsoppgjor-2027-melhus-r7.docx');
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Oppgjøret for Melhus<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Slik er tallene regnet ut<\/w:t>/);
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const table of tables) {
      const [firstRow, secondRow] = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(secondRow ?? '').not.toContain('<w:tblHeader/>');
    }
  });

  it('is Norwegian bokmål, titled, and dated by the revision', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr><w:lang w:val="nb-NO"\/>/);
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain(
      '<dc:title>Årsoppgjør 2027 for Melhus – Felles enhet for administrative tjenester</dc:title>',
    );
    expect(core).toMatch(/<dcterms:created [^>]*>2028-02-20T09:00:00Z<\/dcterms:created>/);
  });

  it('gives the answer as the first paragraph after the title', () => {
    const xml = parts['word/document.xml'] ?? '';
    const texts = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    const nonEmpty = texts.filter((t) => t.trim() !== '').map((t) => t.replace(/\s+/gu, ' '));
    // The title, the first heading, then the answer.
    expect(nonEmpty.slice(0, 3)).toEqual([
      'Årsoppgjør 2027 for Melhus – Felles enhet for administrative tjenester',
      'Oppgjøret for Melhus',
      'Melhus skal betale 82 275 kr for 2027.',
    ]);
  });
});
