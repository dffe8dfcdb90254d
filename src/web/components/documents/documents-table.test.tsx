import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../api/documents-api.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { DocumentsTable } from './documents-table.tsx';

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const META: DocumentMeta = {
  id: 'd1',
  caseId: 'sak',
  revision: 2,
  kind: 'saksframlegg',
  municipality: '5028',
  model: null,
  scenarioId: null,
  format: 'pdf',
  language: 'nn',
  generatorVersion: '1.0.0',
  sha256: SHA,
  size: 23_456,
  fileName: 'saksframlegg-melhus-r2.pdf',
  createdBy: 'Kari Eier',
  createdAt: '2026-12-03T12:05:00.000Z',
  final: false,
  unitId: null,
  year: null,
};

const render = (documents: DocumentMeta[]) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <LanguageProvider>
        <DocumentsTable caseId="sak" documents={documents} subjectName={() => 'Melhus'} />
      </LanguageProvider>
    </MemoryRouter>,
  );

describe('DocumentsTable', () => {
  it('says so when nothing has been made', () => {
    expect(render([])).toContain('Ingen dokumenter er laget ennå.');
  });

  it('shows what, for whom, the revision linked, who, when, the checksum shortened and whole, and the file', () => {
    const html = render([META]);
    expect(html).toContain('<caption>Dokumenter laget fra saken, nyeste først</caption>');
    expect(html).toMatch(/role="region" aria-label="[^"]+" tabindex="0"/);
    expect(html).toContain('Saksframlegg');
    expect(html).toContain('Melhus');
    expect(html).toContain('PDF/A');
    expect(html).toContain('Nynorsk');
    expect(html).toContain('href="/saker/sak/historikk/2"');
    expect(html).toContain('revisjon 2');
    expect(html).toContain('Kari Eier');
    expect(html).toContain('<time dateTime="2026-12-03T12:05:00.000Z">03.12.2026, 13:05</time>');
    expect(html).toContain(`>${SHA.slice(0, 12)}</code>`);
    expect(html).toContain(`>${SHA}</code>`);
    expect(html).toContain('23,5 kB');
    expect(html).toContain('href="/api/cases/sak/documents/d1/file" download="saksframlegg-melhus-r2.pdf"');
  });

  it('says «Endelig» for a final agreement, and nothing of the sort for a draft', () => {
    const agreement = { ...META, kind: 'agreement' as const, municipality: null, model: 'vertskommune' };
    expect(render([{ ...agreement, final: true }])).toContain('<span class="documents-final">Endelig</span>');
    expect(render([agreement])).not.toContain('Endelig');
  });
});
