import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AgreementCheckView } from '../../api/documents-api.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { AgreementCheckList, FinalCheckbox } from './agreement-check-list.tsx';

const PARAGRAPH = 'kommuneloven § 20-4 tredje ledd bokstav';
const INCOMPLETE: AgreementCheckView = {
  revision: 3,
  model: 'vertskommune-administrativ',
  scenarioId: 'administrative-tjenester',
  final: false,
  points: [
    {
      id: 'participants',
      paragraph: `${PARAGRAPH} a`,
      label: 'Deltakerne',
      status: 'present',
      section: '1. Parter',
      unconfirmed: false,
    },
    {
      id: 'host',
      paragraph: `${PARAGRAPH} b`,
      label: 'Hvem som er vertskommune',
      status: 'missing',
      section: '1. Parter',
      reason: 'Saken fastsetter ikke: hvilken kommune som er vertskommune',
      unconfirmed: false,
    },
  ],
};
const COMPLETE: AgreementCheckView = {
  ...INCOMPLETE,
  final: true,
  points: INCOMPLETE.points.map((p) => ({ ...p, status: 'present' as const })),
};

const html = (node: React.ReactNode) => renderToStaticMarkup(<LanguageProvider>{node}</LanguageProvider>);

describe('AgreementCheckList', () => {
  it('lists each point: present with where it is, missing with its paragraph and why, in words', () => {
    const out = html(<AgreementCheckList check={INCOMPLETE} />);
    expect(out).toContain('Minsteinnholdet i avtalen (revisjon 3)');
    expect(out).toContain('1 av punktene loven krever, mangler.');
    expect(out).toMatch(/data-status="present">.*✓.*<strong>Deltakerne<\/strong> står i «1\. Parter»\./);
    expect(out).toContain(
      `<strong>Hvem som er vertskommune</strong> mangler (${PARAGRAPH} b). Saken fastsetter ikke: hvilken kommune som er vertskommune.`,
    );
    // The mark is decoration; the words say present or missing.
    expect(out).toContain('<span aria-hidden="true" class="agreement-check__mark">✗</span>');
  });

  it('says when every point is there', () => {
    expect(html(<AgreementCheckList check={COMPLETE} />)).toContain('Alle punktene loven krever, er med.');
  });
});

describe('FinalCheckbox', () => {
  const box = (check: AgreementCheckView | null, checked = false) =>
    html(<FinalCheckbox checked={checked} check={check} onChange={() => undefined} />);
  const input = (out: string) => /<input[^>]*id="document-final"[^>]*>/.exec(out)?.[0] ?? '';

  it('is disabled, with the reason, while a point is missing', () => {
    const out = box(INCOMPLETE, true);
    expect(out).toContain('Merk som endelig');
    expect(input(out)).toContain('disabled');
    expect(input(out)).not.toMatch(/checked/);
    expect(input(out)).toContain('document-final-blocked');
    expect(out).toContain('Kan ikke merkes som endelig før alle punktene i minsteinnholdet er på plass.');
  });

  it('is disabled while the check is read', () => {
    const out = box(null);
    expect(input(out)).toContain('disabled');
    expect(out).toContain('Kan merkes som endelig når minsteinnholdet er sjekket.');
  });

  it('may be ticked when no point is missing', () => {
    const out = box(COMPLETE, true);
    expect(input(out)).not.toContain('disabled');
    expect(input(out)).toMatch(/checked/);
    expect(out).not.toContain('document-final-blocked');
  });
});
