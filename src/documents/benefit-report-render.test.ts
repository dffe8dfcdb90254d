/**
 * The benefit report of 2027 (`measuredCase`) through the documents pipeline, read back as the saksframlegg is:
 * the PDF/A by pdfinfo, qpdf (structure tree, one tagged Figure with its alt text per plan, tables, PDF/A-2a)
 * and pdftotext (the answer first); the DOCX by its parts (each chart an image with its alt text and its data
 * table after it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlokkDocument } from '../case/document/document-model.ts';
import { buildBenefitReport } from '../case/document/benefit-report.ts';
import { measuredCase } from '../case/operations/settled-case.fixture.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { generateDocument, type GeneratedDocument } from './generate-document.ts';
import { pdfinfo, pdftotext, qpdfJson, read } from './pdf/pdf-readers.ts';

const REPORT = {
  kind: 'benefit-report',
  unitId: 'administrative-tjenester',
  year: 2027,
  revisionAt: '2028-03-01T10:00:00Z',
  revision: 9,
} as const;
const directory = mkdtempSync(join(tmpdir(), 'flokk-benefit-report-'));

let document: CaseDocument;
let built: FlokkDocument;
let pdf: GeneratedDocument;
let pdfFile: string;
let docx: GeneratedDocument;

beforeAll(async () => {
  document = measuredCase();
  built = buildBenefitReport(document, { unitId: REPORT.unitId, year: REPORT.year, language: 'nb' });
  pdf = await generateDocument(document, { ...REPORT, format: 'pdf', language: 'nb' });
  pdfFile = join(directory, pdf.fileName);
  writeFileSync(pdfFile, pdf.bytes);
  docx = await generateDocument(document, { ...REPORT, format: 'docx', language: 'nb' });
});

describe('the benefit report as PDF/A', () => {
  it('is named by year and unit, tagged, titled, and passes qpdf --check as PDF/A-2a', () => {
    expect(pdf.fileName).toBe('gevinstrapport-2027-administrative-tjenester-r9.pdf');
    expect(pdf.request).toMatchObject({ municipality: null, unitId: 'administrative-tjenester', year: 2027 });
    const info = pdfinfo(pdfFile);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Gevinstrapport 2027 – Felles enhet for administrative tjenester');
    expect(read('qpdf', ['--check', pdfFile])).toContain('No syntax or stream encoding errors found');
    const { catalog, streamText, structureTypes } = qpdfJson(pdfFile);
    expect(catalog['/Lang']).toBe('u:nb-NO');
    expect(streamText(catalog['/Metadata'])).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    for (const type of ['/H1', '/H2', '/L', '/Table', '/TH', '/Caption', '/Figure'])
      expect(structureTypes).toContain(type);
  });

  it('tags each plan’s chart as a Figure with its alt text', () => {
    const alts = qpdfJson(pdfFile)
      .structureElements.filter((e) => e['/S'] === '/Figure')
      .map((e) => e['/Alt']);
    const expected = built.blocks.flatMap((b) => (b.kind === 'figure' ? [`u:${b.alt}`] : []));
    expect(expected).toHaveLength(6);
    // qpdf lists the objects in no particular order: compare the alt texts as a set.
    expect([...alts].sort()).toEqual([...expected].sort());
  });

  it('reads the answer first, then the table of benefits', () => {
    const text = pdftotext(pdfFile);
    const answer = text.indexOf('2 av 6 gevinster er på sporet eller nådd ved utgangen av 2027.');
    expect(answer).toBeGreaterThan(0);
    expect(
      text.indexOf('Effektiv drift – lønn, regnskap og fakturering Årsverk i enheten på sporet'),
    ).toBeGreaterThan(answer);
  });
});

describe('the benefit report as DOCX', () => {
  it('sets each chart as an image with its alt text, its data table after it, and nynorsk as nn-NO', async () => {
    expect(docx.fileName).toBe('gevinstrapport-2027-administrative-tjenester-r9.docx');
    const parts = unzipSync(docx.bytes);
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(alts).toHaveLength(6);
    expect(alts[1]).toBe(
      'Stolpediagram: Årsverk i enheten. 1.1.2025 20, 1.1.2027 18,5, 31.12.2027 17,5. Målet er 16 innen 1.1.2029.',
    );
    expect(xml.slice(xml.indexOf(alts[1] ?? '-'))).toMatch(
      /^[^]*?<\/w:drawing>.*?<w:tbl>.*?<w:tblHeader\/>.*?Dato.*?Utgangspunkt.*?20.*?18,5.*?17,5/,
    );
    const nn = await generateDocument(document, { ...REPORT, format: 'docx', language: 'nn' });
    expect(strFromU8(unzipSync(nn.bytes)['word/styles.xml'] ?? new Uint8Array())).toContain(
      '<w:lang w:val="nn-NO"/>',
    );
  });
});
