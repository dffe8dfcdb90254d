import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { FlokkDocument } from '../../case/document/document-model.ts';
import { buildSaksframlegg } from '../../case/document/saksframlegg.ts';
import { renderDocx } from './render-docx.ts';

const REVISION_AT = '2026-06-10T08:30:00Z';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let document: FlokkDocument;
let bytes: Uint8Array;
let parts: Record<string, string>;

beforeAll(async () => {
  document = buildSaksframlegg(defaultCase(), {
    municipality: '5028',
    scenarioId: 'administrative-tjenester',
    language: 'nb',
  });
  bytes = await renderDocx(document, { revisionAt: REVISION_AT, lastModifiedBy: 'Kari Nordmann' });
  parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b)]));
});

describe('renderDocx', () => {
  it('uses Word’s heading styles for the headings', () => {
    const xml = parts['word/document.xml'] ?? '';
    const headed = (style: string, text: string) =>
      new RegExp(`<w:pStyle w:val="${style}"/>.*?<w:t[^>]*>${text}</w:t>`).test(xml);
    expect(headed('Heading1', 'Kommunedirektørens innstilling')).toBe(true);
    expect(headed('Heading2', 'Usikkerhet')).toBe(true);
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
  });

  it('repeats each table’s header row on every page', () => {
    const xml = parts['word/document.xml'] ?? '';
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    // A figure's data table is a table too.
    expect(tables.length).toBe(
      document.blocks.filter((b) => b.kind === 'table' || b.kind === 'figure').length,
    );
    for (const table of tables) {
      const [firstRow, secondRow] = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(secondRow ?? '').not.toContain('<w:tblHeader/>');
    }
  });

  it('gives the saksframlegg’s net effect chart its alt text, with its data table after it', () => {
    const xml = parts['word/document.xml'] ?? '';
    const figure = document.blocks.find((b) => b.kind === 'figure');
    const alt = figure?.kind === 'figure' ? figure.alt.replaceAll("'", '&apos;') : '';
    expect(alt).toMatch(/^Stolpediagram: Melhus/);
    const at = xml.search(new RegExp(`descr="${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(at).toBeGreaterThan(0);
    expect(xml.slice(at)).toMatch(
      /^[^]*?<\/w:drawing>.*?<w:tbl>.*?<w:tblHeader\/>.*?År.*?Melhus.*?Alle kommunene/,
    );
  });

  it('marks the text as Norwegian bokmål, in the defaults and on the runs', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr><w:lang w:val="nb-NO"\/>/);
    expect(parts['word/document.xml']).toContain('<w:lang w:val="nb-NO"/>');
    expect(parts['word/document.xml']).not.toContain('en-US');
  });

  it('marks nynorsk as nn-NO', async () => {
    const nn = await renderDocx({ ...document, language: 'nn' }, { revisionAt: REVISION_AT });
    const styles = strFromU8(unzipSync(nn)['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('<w:lang w:val="nn-NO"/>');
  });

  it('gives the figures’ sources as footnotes', () => {
    expect(parts['word/footnotes.xml']).toContain('Netto nåverdi for Melhus');
    expect(parts['word/document.xml']).toMatch(/<w:footnoteReference w:id="1"\/>/);
  });

  it('carries title, creator and the revision’s time, never the clock', () => {
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${document.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Flokk</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Kari Nordmann</cp:lastModifiedBy>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-06-10T08:30:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-06-10T08:30:00Z<\/dcterms:modified>/);
  });

  it('sets a figure as an SVG image with a PNG fallback and its alt text, its data table after it', async () => {
    const figure: FlokkDocument = {
      title: 'Figur',
      language: 'nb',
      blocks: [
        {
          kind: 'figure',
          caption: 'Netto effekt per år',
          alt: 'Stolpediagram: netto effekt fra 0 kr i 2026 til 1 mill. kr & mer i 2027',
          chart: {
            unit: 'nok',
            categories: ['2026', '2027'],
            series: [{ name: 'Melhus', values: [0, 1e6] }],
          },
          table: {
            header: ['År', 'Melhus'],
            rows: [
              ['2026', '0 kr'],
              ['2027', '1 000 000 kr'],
            ],
          },
        },
      ],
    };
    const render = () => renderDocx(figure, { revisionAt: REVISION_AT });
    const first = await render();
    const files = unzipSync(first);
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.map((name) => name.split('.').pop()).sort()).toEqual(['png', 'svg']);
    expect(xml).toMatch(
      /<wp:docPr id="1" name="Netto effekt per år" descr="Stolpediagram: netto effekt fra 0 kr i 2026 til 1 mill. kr &amp; mer i 2027" title="Netto effekt per år"\/>/,
    );
    const image = xml.indexOf('<w:drawing>');
    const table = xml.indexOf('<w:tbl>');
    expect(image).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(image);
    expect(xml.slice(table)).toMatch(/<w:tr><w:trPr><w:tblHeader\/>.*?År.*?Melhus/);
    // Two figures later in the process: the same bytes, since the drawing ids are the document's own.
    await render();
    expect(sha256(await render())).toBe(sha256(first));
  });

  it('gives the same bytes for the same document, later in the same process', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await renderDocx(document, { revisionAt: REVISION_AT, lastModifiedBy: 'Kari Nordmann' });
    expect(sha256(again)).toBe(sha256(bytes));
  });

  it('gives the same bytes in another process and another time zone', () => {
    const script = fileURLToPath(new URL('./render-docx.fixture.ts', import.meta.url));
    const run = spawnSync('npx', ['tsx', script, REVISION_AT], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(sha256(bytes));
  }, 60_000);
});
