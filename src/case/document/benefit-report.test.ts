/**
 * The benefit report of the joint unit for 2027 from `measuredCase`, its statuses against a hand calculation:
 *   Årsverk, lønn/regnskap: lower is better, 20 (1 Jan 2025) → 16 by 1 Jan 2029 (1 461 days), tolerance 0.2.
 *     Up to 31 Dec 2027 the latest measurement is 17.5 on 31 Dec 2027, day 1 094 (365 + 365 + 364).
 *     Planned progress 1 094 / 1 461 = 0.7488; achieved (20 − 17.5) / 4 = 0.625 ≥ 0.7488 − 0.2 = 0.5488: on track.
 *     (Without the tolerance it would be behind; the 15 of 30 June 2028 is after the year and not counted.)
 *   Årsverk, sentralbord: 10 → 8 by 30 Jun 2027; 7.9 on 1 May 2027 is beyond the target: reached.
 *   The four others have no target (the default case's placeholders): not assessed.
 * So 2 of 6 are on track or reached at the end of 2027. In 2028 the first counts 15 ≤ 16: reached.
 */
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { measuredCase } from '../operations/settled-case.fixture.ts';
import type { Block, FlokkDocument } from './document-model.ts';
import { buildBenefitReport } from './benefit-report.ts';

const UNIT = 'administrative-tjenester';
const plain = (text: string) => text.replace(/\s+/gu, ' ');
const paragraphs = (document: FlokkDocument) =>
  document.blocks
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => plain(b.content.map((i) => i.text).join('')));
const summary = (document: FlokkDocument) => {
  const table = document.blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((r) => [r[0], r[2]]) : [];
};

describe('the benefit report', () => {
  it('answers first: 2 of 6 benefits are on track or reached at the end of 2027', () => {
    const report = buildBenefitReport(measuredCase(), { unitId: UNIT, year: 2027, language: 'nb' });
    expect(report.title).toBe('Gevinstrapport 2027 – Felles enhet for administrative tjenester');
    expect(paragraphs(report).slice(0, 2)).toEqual([
      '2 av 6 gevinster er på sporet eller nådd ved utgangen av 2027.',
      '1 har nådd målet, 1 er på sporet og 4 har ikke noe fastsatt mål (plassholder), så status kan ikke vurderes.',
    ]);
    expect(summary(report)).toEqual([
      ['Mindre sårbarhet – lønn, regnskap og fakturering', 'kan ikke vurderes: målet er ikke fastsatt'],
      ['Effektiv drift – lønn, regnskap og fakturering', 'på sporet'],
      ['Mindre sårbarhet – sentralbord', 'kan ikke vurderes: målet er ikke fastsatt'],
      ['Effektiv drift – sentralbord', 'målet er nådd'],
      ['Mindre sårbarhet – arkiv og postmottak', 'kan ikke vurderes: målet er ikke fastsatt'],
      ['Effektiv drift – arkiv og postmottak', 'kan ikke vurderes: målet er ikke fastsatt'],
    ]);
  });

  it('counts only the measurements up to the end of the year', () => {
    const report = buildBenefitReport(measuredCase(), { unitId: UNIT, year: 2028, language: 'nb' });
    expect(summary(report)[1]).toEqual(['Effektiv drift – lønn, regnskap og fakturering', 'målet er nådd']);
    const figure = report.blocks.find(
      (b) => b.kind === 'figure' && b.caption.startsWith('Årsverk i enheten') && b.table.rows.length === 4,
    );
    expect(figure?.kind === 'figure' && figure.table.rows.map((r) => r[2])).toEqual([
      '20',
      '18,5',
      '17,5',
      '15',
    ]);
  });

  it('gives each plan its baseline with its source, target, owner, measures, and a chart with its table', () => {
    const report = buildBenefitReport(measuredCase(), { unitId: UNIT, year: 2027, language: 'nb' });
    const text = paragraphs(report).join('\n');
    expect(text).toContain(
      'Indikator: Årsverk i enheten (lavere er bedre). Utgangspunkt (nullpunktsmåling) 1.1.2025: 20. plassholder – ikke fastsatt.',
    );
    expect(text).toContain(
      // No source names an owner of the default case's benefits: the owner is a placeholder with no role.
      'Mål: 16 innen 1.1.2029 (plassholder – ikke fastsatt). Eier (rolle): plassholder – ikke fastsatt.',
    );
    // A baseline from the study says so, and a target nobody has set is a placeholder.
    expect(text).toContain(
      'Fra utredningen: antall kommuner der lønn, regnskap og fakturering i dag er en enpersonsfunksjon.',
    );
    expect(text).toMatch(/Mål: plassholder – ikke fastsatt\. Eier \(rolle\)/);
    const figures = report.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toHaveLength(6);
    const first = figures[1];
    expect(first?.kind === 'figure' && first.table.rows).toEqual([
      ['1.1.2025', 'Utgangspunkt', '20'],
      ['1.1.2027', 'Måling (plassholder – ikke fastsatt)', '18,5'],
      ['31.12.2027', 'Måling (plassholder – ikke fastsatt)', '17,5'],
    ]);
    expect(first?.kind === 'figure' && first.alt).toBe(
      'Stolpediagram: Årsverk i enheten. 1.1.2025 20, 1.1.2027 18,5, 31.12.2027 17,5. Målet er 16 innen 1.1.2029.',
    );
  });

  it('says nothing is on track in the default case, whose targets nobody has set, in nynorsk too', () => {
    const nb = buildBenefitReport(defaultCase(), { unitId: UNIT, year: 2027, language: 'nb' });
    expect(paragraphs(nb)[0]).toBe('0 av 6 gevinster er på sporet eller nådd ved utgangen av 2027.');
    const nn = buildBenefitReport(defaultCase(), { unitId: UNIT, year: 2027, language: 'nn' });
    expect(paragraphs(nn).slice(0, 2)).toEqual([
      '0 av 6 gevinstar er på sporet eller nådd ved utgangen av 2027.',
      '6 har ikkje noko fastsett mål (plasshaldar), så status kan ikkje vurderast.',
    ]);
  });
});
