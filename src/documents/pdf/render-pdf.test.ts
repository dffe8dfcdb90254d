import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { FlokkDocument, Inline } from '../../case/document/document-model.ts';
import { buildSaksframlegg } from '../../case/document/saksframlegg.ts';
import { TYPST_VERSION } from '../generator-version.ts';
import { pdfinfo, pdftotext, qpdfJson, read } from './pdf-readers.ts';
import { renderPdf } from './render-pdf.ts';

const REVISION_AT = '2026-06-10T08:30:00Z';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const directory = mkdtempSync(join(tmpdir(), 'flokk-pdf-'));
const plain = (inlines: Inline[]) =>
  inlines
    .map((i) => i.text)
    .join('')
    .replace(/\s+/gu, ' ');

/** Writes `bytes` to a file for the readers. */
function file(name: string, bytes: Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, bytes);
  return path;
}

let document: FlokkDocument;
let bytes: Uint8Array;
let pdf: string;

beforeAll(async () => {
  document = buildSaksframlegg(defaultCase(), {
    municipality: '5028',
    scenarioId: 'administrative-tjenester',
    language: 'nb',
  });
  bytes = await renderPdf(document, { revisionAt: REVISION_AT });
  pdf = file('melhus.pdf', bytes);
});

describe('renderPdf, as pdfinfo and qpdf read it', () => {
  it('is tagged, with the title, Typst as creator and the revision’s dates', () => {
    const info = pdfinfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(document.title);
    expect(info.Creator).toBe(`Typst ${TYPST_VERSION}`);
    expect(info.CreationDate).toBe(REVISION_AT);
    expect(info.ModDate).toBe(REVISION_AT);
  });

  it('passes qpdf --check', () => {
    expect(read('qpdf', ['--check', pdf])).toContain('No syntax or stream encoding errors found');
  });

  it('has a structure tree, marked content, the language and an sRGB output intent', () => {
    const { catalog, object } = qpdfJson(pdf);
    expect(catalog['/StructTreeRoot']).toBeDefined();
    expect(catalog['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(catalog['/Lang']).toBe('u:nb-NO');
    const intents = object(catalog['/OutputIntents']).value as unknown[];
    expect(object(intents[0]).value).toMatchObject({ '/S': '/GTS_PDFA1' });
  });

  it('tags the title, headings, the numbered list, tables with header cells, captions and footnotes', () => {
    const { structureTypes } = qpdfJson(pdf);
    for (const type of [
      '/Title',
      '/H1',
      '/H2',
      '/L',
      '/LI',
      '/Table',
      '/THead',
      '/TH',
      '/Caption',
      '/Note',
    ]) {
      expect(structureTypes).toContain(type);
    }
  });

  it('tags the net effect chart as a Figure with its alt text', () => {
    const figure = document.blocks.find((b) => b.kind === 'figure');
    const alts = qpdfJson(pdf)
      .structureElements.filter((e) => e['/S'] === '/Figure')
      .map((e) => e['/Alt']);
    expect(alts).toEqual([`u:${figure?.kind === 'figure' ? figure.alt : ''}`]);
  });

  it('identifies itself as PDF/A-2a in its XMP metadata, dated by the revision', () => {
    const { catalog, streamText } = qpdfJson(pdf);
    const xmp = streamText(catalog['/Metadata']);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(xmp).toContain(`<xmp:CreateDate>${REVISION_AT}</xmp:CreateDate>`);
    expect(xmp).toContain('<rdf:li>nb-NO</rdf:li>');
  });

  it('marks nynorsk as nn-NO', async () => {
    const nn = file('nn.pdf', await renderPdf({ ...document, language: 'nn' }, { revisionAt: REVISION_AT }));
    expect(qpdfJson(nn).catalog['/Lang']).toBe('u:nn-NO');
  });
});

describe('renderPdf, as pdftotext reads it', () => {
  it('gives the recommendation’s points in order, numbered from 1', () => {
    const text = pdftotext(pdf);
    const recommendation = document.blocks.find((b) => b.kind === 'numbered');
    const points = recommendation?.kind === 'numbered' ? recommendation.items.map(plain) : [];
    expect(points.length).toBeGreaterThan(3);
    let from = 0;
    points.forEach((point, index) => {
      const at = text.indexOf(`${index + 1}. ${point.slice(0, 60)}`, from);
      expect(at, `point ${index + 1}`).toBeGreaterThan(from);
      from = at;
    });
  });

  it('shows Melhus’ net present value as the document writes it', () => {
    const npv = document.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? b.content : []))
      .find((i) => i.footnote?.startsWith('Netto nåverdi for Melhus'));
    expect(npv?.text.replace(/\s/gu, ' ')).toMatch(/^-?\d{1,3}( \d{3})* kr$/);
    const text = pdftotext(pdf);
    expect(text).toContain(`målt som netto nåverdi, på ${plain([npv ?? { text: '' }])}`);
    expect(text).toContain('Netto nåverdi for Melhus: Summen over årene');
  });

  it('sets the net effect chart’s data table after the chart, row by row', () => {
    const figure = document.blocks.find((b) => b.kind === 'figure');
    const rows = figure?.kind === 'figure' ? figure.table.rows : [];
    // In content-stream order (-raw); the table runs over a page break, where its header row repeats.
    const text = read('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).replace(/\s+/gu, ' ');
    let from = text.indexOf('År Melhus Alle kommunene', text.indexOf('Figur 1: Netto effekt per år'));
    expect(from).toBeGreaterThan(0);
    for (const row of rows) {
      const at = text.indexOf(row.join(' ').replace(/\s+/gu, ' '), from);
      expect(at, row[0]).toBeGreaterThan(from);
      from = at;
    }
  });

  it('brackets a placeholder', () => {
    const placeholder = document.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? b.content : b.kind === 'numbered' ? b.items.flat() : []))
      .find((i) => i.placeholder);
    expect(placeholder).toBeDefined();
    expect(pdftotext(pdf)).toContain(`[${plain([placeholder ?? { text: '' }])}]`);
  });

  it('sets the case’s text as text, never as Typst markup', async () => {
    const hostile = '#panic("x") *fet* _kursiv_ $x^2$ <etikett> @ref [lenke] \\ `kode` // ikke kommentar';
    const injected: FlokkDocument = {
      title: '#set page(width: 1cm)',
      language: 'nb',
      blocks: [
        { kind: 'heading', level: 1, text: '= ikke en overskrift' },
        { kind: 'paragraph', content: [{ text: hostile, footnote: ']) #panic("fotnote")' }] },
        { kind: 'table', caption: '"); #panic("', header: ['#x', '$'], rows: [['\\', '*']] },
      ],
    };
    const path = file('injected.pdf', await renderPdf(injected, { revisionAt: REVISION_AT }));
    const text = pdftotext(path);
    expect(text).toContain(hostile);
    expect(text).toContain('= ikke en overskrift');
    expect(text).toContain(']) #panic("fotnote")');
    expect(pdfinfo(path).Title).toBe('#set page(width: 1cm)');
  });
});

describe('renderPdf and figures', () => {
  const alt = 'Stolpediagram: netto effekt fra 0 kr i 2026 til 1 mill. kr i 2027 og −0,5 mill. kr i 2028';
  const figure: FlokkDocument = {
    title: 'Figur',
    language: 'nb',
    blocks: [
      {
        kind: 'figure',
        caption: 'Netto effekt per år',
        alt,
        chart: {
          unit: 'nok',
          categories: ['2026', '2027', '2028'],
          series: [{ name: 'Melhus', values: [0, 1e6, -5e5] }],
        },
        table: {
          header: ['År', 'Melhus'],
          rows: [
            ['2026', '0 kr'],
            ['2027', '1 000 000 kr'],
            ['2028', '−500 000 kr'],
          ],
        },
      },
    ],
  };
  let path: string;
  beforeAll(async () => {
    path = file('figure.pdf', await renderPdf(figure, { revisionAt: REVISION_AT }));
  });

  it('tags the chart as a Figure with the alt text', () => {
    const figures = qpdfJson(path).structureElements.filter((e) => e['/S'] === '/Figure');
    expect(figures.map((f) => f['/Alt'])).toEqual([`u:${alt}`]);
  });

  it('sets the data table after the caption, with its header row', () => {
    // In content-stream order (-raw): pdftotext's default reading order weaves the chart's year labels, at
    // the foot of the chart, into the table's rows.
    const text = read('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).replace(/\s+/gu, ' ');
    expect(text).toContain('Netto effekt per år');
    expect(text).toMatch(/2026 2027 2028 År Melhus 2026 0 kr 2027 1 000 000 kr 2028 −500 000 kr/);
    expect(read('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found');
  });

  it('sets the chart’s labels in a built-in font, never a system font for the SVG’s sans-serif', () => {
    expect(read('pdffonts', [path])).not.toMatch(/DejaVu|Liberation|Noto/);
  });
});

describe('renderPdf and characters', () => {
  it('sets Sámi letters and common signs with the built-in fonts', async () => {
    const text = 'Guovdageaidnu, Unjárga, Kárášjohka: ŋ đ ŧ ž č š ǥ ǧ ǩ ʒ ǯ – ✓ → ≥ ≈ € ½ ‰ § № ² −';
    const document: FlokkDocument = {
      title: 'Tegn',
      language: 'nb',
      blocks: [{ kind: 'paragraph', content: [{ text }] }],
    };
    const path = file('signs.pdf', await renderPdf(document, { revisionAt: REVISION_AT }));
    expect(pdftotext(path)).toContain(text);
    expect(read('pdffonts', [path])).not.toMatch(/DejaVu|Liberation|Noto/);
  });

  it('refuses, with Typst’s reason, a character none of the fonts has', async () => {
    const document: FlokkDocument = {
      title: 'Tegn',
      language: 'nb',
      blocks: [{ kind: 'paragraph', content: [{ text: '😀' }] }],
    };
    await expect(renderPdf(document, { revisionAt: REVISION_AT })).rejects.toThrow(
      /PDF\/A-2a.*could not be displayed/s,
    );
  });
});

describe('renderPdf, byte for byte', () => {
  it('gives the same bytes for the same document, later in the same process', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(sha256(await renderPdf(document, { revisionAt: REVISION_AT }))).toBe(sha256(bytes));
  });

  it('gives other bytes for another revision', async () => {
    const later = await renderPdf(document, { revisionAt: '2026-06-11T08:30:00Z' });
    expect(sha256(later)).not.toBe(sha256(bytes));
  });

  it('gives the same bytes in another process and another time zone', () => {
    const script = fileURLToPath(new URL('./render-pdf.fixture.ts', import.meta.url));
    const run = spawnSync('npx', ['tsx', script, REVISION_AT], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(sha256(bytes));
  }, 60_000);
});
