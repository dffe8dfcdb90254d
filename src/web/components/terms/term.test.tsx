import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../i18n/language.ts';
import { CATALOGUES } from '../../i18n/all-catalogues.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { TERM_IDS, termKeys } from './term-glossary.ts';
import { Term, TermList } from './term.tsx';

const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;

describe('term glossary', () => {
  it('explains the terms issue 17 names', () => {
    for (const id of ['seed', 'percentiles', 'nucleolus', 'shapley', 'scrb', 'epm', 'aip', 'aij', 'ahp'])
      expect(TERM_IDS).toContain(id);
    for (const id of ['npv', 'irr', 'zeroAlternative', 'fte', 'monteCarlo']) expect(TERM_IDS).toContain(id);
  });

  it.each(LANGUAGES)('%s has a name and a one- or two-sentence explanation for every term', (language) => {
    for (const id of TERM_IDS) {
      const { name, text } = termKeys(id);
      expect(CATALOGUES[language][name].trim(), name).not.toBe('');
      const explanation = CATALOGUES[language][text];
      expect(sentences(explanation), text).toBeGreaterThanOrEqual(1);
      expect(sentences(explanation), text).toBeLessThanOrEqual(2);
    }
  });

  it('has no term in the catalogues that the glossary does not list', () => {
    const listed = new Set<string>(TERM_IDS);
    const inCatalogue = Object.keys(CATALOGUES.nb)
      .map((key) => /^term\.(\w+)\.(name|text)$/.exec(key)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(inCatalogue.filter((id) => !listed.has(id))).toEqual([]);
  });
});

describe('Term', () => {
  const render = (node: React.ReactNode) => renderToStaticMarkup(<LanguageProvider>{node}</LanguageProvider>);

  it('is a button named by a question that contains the visible words, with the explanation in a popover', () => {
    const html = render(<Term id="seed" />);
    expect(html).toMatch(/<button[^>]*aria-label="Hva betyr frø\?"[^>]*>frø<\/button>/);
    expect(html).toMatch(/<span[^>]*popover="manual"[^>]*>Et startnummer for de tilfeldige trekningene\./);
  });

  it('shows the words of the sentence when given, and names the button by them', () => {
    const html = render(<Term id="seed">frøet</Term>);
    expect(html).toMatch(/aria-label="Hva betyr frøet\?"[^>]*>frøet<\/button>/);
  });

  it('lists the terms of a section after «Ord som brukes her:»', () => {
    const html = render(<TermList ids={['nucleolus', 'shapley']} />);
    expect(html).toContain('Ord som brukes her:');
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html.indexOf('nukleolus</button>')).toBeLessThan(html.indexOf('Shapley</button>'));
  });
});
