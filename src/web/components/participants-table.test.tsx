import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { LanguageProvider } from '../i18n/language-context.tsx';
import { ParticipantsTable } from './participants-table.tsx';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\u00a0/g, ' ');

describe('ParticipantsTable', () => {
  it('shows the table’s sum and says why the stated combined population differs, with both sources', () => {
    const shown = text(
      renderToStaticMarkup(
        <LanguageProvider>
          <ParticipantsTable document={defaultCase()} />
        </LanguageProvider>,
      ),
    );
    // 6 141 + 17 812 + 8 521 = 32 474 on 1.1.2025; the case report says 32 338 in August 2024: 136 apart.
    expect(shown).toMatch(/Sum\s+32 474\s+1\.1\.2025\s+Summen av tallene over/);
    expect(shown).toContain('Saken oppgir også et samlet folketall på 32 338 (per august 2024; kilde: ');
    expect(shown).toContain(
      'Det er ikke summen av tabellen (32 474 per 1.1.2025): tallene er fra ulike datoer og kilder, og folketallet endrer seg over tid. Forskjellen er 136.',
    );
  });
});
