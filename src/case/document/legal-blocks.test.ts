import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { caseFeasibilityMatrix } from '../model-choice/feasibility-matrix.ts';
import type { Block } from './document-model.ts';
import { legalBlocks, usableModels } from './legal-blocks.ts';
import { saksframleggContext } from './saksframlegg-context.ts';

const SCENARIO = 'administrative-tjenester';
const document = defaultCase();
const context = (municipality: string, language: 'nb' | 'nn' = 'nb') =>
  saksframleggContext(document, { municipality, scenarioId: SCENARIO, language });
const blocks = legalBlocks(context('5028'));
const table = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const inlines = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.content : []));

describe('legalBlocks', () => {
  it('lists for each area the models the feasibility matrix finds lawful, with their paragraph', () => {
    const matrix = caseFeasibilityMatrix(document);
    for (const area of context('5028').areas) {
      const line = inlines.find((i) => i.text.startsWith(`${area.name}: `))?.text ?? '';
      const named = matrix.models.filter((row) => line.includes(`${row.name.nb} (`)).map((r) => r.modelId);
      expect(named).toEqual(usableModels(matrix.models, area.id).map((r) => r.modelId));
    }
    // Hand-checked: a political council (IPR) shall not produce services; the other nine may run a switchboard.
    const switchboard = inlines.find((i) => i.text.startsWith('Sentralbord: '))?.text ?? '';
    expect(switchboard).not.toContain('Interkommunalt politisk råd');
    expect(switchboard).toContain(
      'Administrativt vertskommunesamarbeid (kommuneloven §§ 20-1, 20-2, 20-4–20-10)',
    );
  });

  it('says «ikke bekreftet» where the verdict rests on an unconfirmed point', () => {
    const payroll = inlines.find((i) => i.text.startsWith('Lønn, regnskap og fakturering: '))?.text;
    expect(payroll).toContain('Kommunalt oppgavefellesskap (kommuneloven §§ 19-1–19-4, ikke bekreftet)');
    const ko = table?.rows.find((r) => r[0] === 'Kommunalt oppgavefellesskap');
    expect(ko).toEqual([
      'Kommunalt oppgavefellesskap',
      'kommuneloven §§ 19-1–19-4',
      'lovlig på vilkår (ikke bekreftet)',
      'lovlig',
      'lovlig på vilkår (ikke bekreftet)',
      'uten konkurranse bare på vilkår',
      'kapittel 16 gjelder',
    ]);
  });

  it('shows every model of the registry with procurement and staff-transfer consequences', () => {
    expect(table?.header).toEqual([
      'Modell',
      'Lovgrunnlag',
      'Lønn, regnskap og fakturering',
      'Sentralbord',
      'Arkiv og postmottak',
      'Kjøp fra samarbeidet',
      'Ansatte (aml. kap. 16)',
    ]);
    expect(table?.rows).toHaveLength(caseFeasibilityMatrix(document).models.length);
    expect(table?.rows[0]?.slice(2, 5)).toEqual(['ikke egnet', 'ikke egnet', 'ikke egnet']);
  });

  it('shows the chosen model as a placeholder while the case records no decision', () => {
    const chosen = blocks.at(-1);
    expect(chosen?.kind === 'paragraph' && chosen.content[1]).toMatchObject({
      text: 'plassholder – ikke fastsatt',
      placeholder: true,
      footnote: 'Saken har ikke registrert noe vedtak om samarbeidsmodell.',
    });
  });

  it('is the same in every municipality’s version, and writes nynorsk', () => {
    expect(legalBlocks(context('5027'))).toEqual(blocks);
    const nn = JSON.stringify(legalBlocks(context('5028', 'nn')));
    expect(nn).toContain('lovleg på vilkår (ikkje stadfesta)');
    expect(nn).not.toContain('ikke bekreftet');
  });
});
