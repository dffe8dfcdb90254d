import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChanges } from './change-words.ts';
import { fieldLabel, parsePath } from './field-label.ts';
import { formatFieldValue } from './field-value.ts';

/** Norwegian thousands are separated by a no-break space: `kr('5 200 000 kr')` writes them so. */
const kr = (text: string) => text.replace(/(\d) (?=\d)/g, '$1\u00a0');

/** A small case with just what the words are taken from. */
const doc = {
  participants: [
    { municipalityNumber: '5028', name: 'Melhus' },
    { municipalityNumber: '5029', name: 'Skaun' },
  ],
  serviceAreas: [
    { id: 'lonn', name: { nb: 'Lønn og regnskap', nn: 'Løn og rekneskap', en: 'Payroll and accounts' } },
  ],
  sources: [{ id: 'saksframlegg', title: 'Saksframlegg BIK 2030' }],
  baseline: [
    { areaId: 'lonn', municipalityNumber: '5029', scope: 'central', labourCost: 1, otherCosts: [] },
    { areaId: 'lonn', municipalityNumber: '5028', scope: 'decentral', labourCost: 5_200_000 },
  ],
  scenarios: [{ name: { nb: 'Felles enhet', en: 'Joint unit' }, areas: [{ areaId: 'lonn' }] }],
  milestones: [{ title: { nb: 'Vedtak i kommunestyret', nn: 'Vedtak i kommunestyret', en: 'Council vote' } }],
  resolutions: [{ id: 'vedtak-melhus', title: { nb: 'Melhus kommunestyre 12/26' }, points: [{ number: 3 }] }],
};

describe('parsePath', () => {
  it('reads indexes and names', () => {
    expect(parsePath('scenarios[0].areas[2].startYear')).toEqual(['scenarios', 0, 'areas', 2, 'startYear']);
    expect(parsePath('')).toEqual([]);
  });
});

describe('fieldLabel', () => {
  it('names a baseline row by its municipality and area, and the field as the form does', () => {
    expect(fieldLabel('baseline[0].labourCost', doc, 'nb')).toBe('Skaun, Lønn og regnskap: lønnskostnad');
    expect(fieldLabel('baseline[0].labourCost', doc, 'nn')).toBe('Skaun, Løn og rekneskap: lønnskostnad');
    expect(fieldLabel('baseline[0].labourCost', doc, 'en')).toBe('Skaun, Payroll and accounts: labour cost');
    expect(fieldLabel('baseline[1].fte', doc, 'nb')).toBe('Melhus, Lønn og regnskap (desentralt): årsverk');
    expect(fieldLabel('baseline[1].fte', doc, 'en')).toBe('Melhus, Payroll and accounts (decentral): FTE');
  });

  it('uses the age fields of the form and says whose source a source is', () => {
    expect(fieldLabel('baseline[0].ages.max', doc, 'nb')).toBe('Skaun, Lønn og regnskap: høyeste alder');
    expect(fieldLabel('baseline[0].ages.min', doc, 'nn')).toBe('Skaun, Løn og rekneskap: lågaste alder');
    expect(fieldLabel('baseline[0].sources.fte', doc, 'nb')).toBe(
      'Skaun, Lønn og regnskap: kilde for årsverk',
    );
    expect(fieldLabel('baseline[0].sources.labourCost', doc, 'nn')).toBe(
      'Skaun, Løn og rekneskap: kjelde for lønnskostnad',
    );
    expect(fieldLabel('baseline[0].headcount', doc, 'en')).toBe('Skaun, Payroll and accounts: headcount');
  });

  it('names scenarios, milestones and resolution points by their own names', () => {
    expect(fieldLabel('scenarios[0].areas[0].startYear', doc, 'nb')).toBe(
      'Scenario «Felles enhet»: lønn og regnskap, oppstartsår',
    );
    expect(fieldLabel('scenarios[0].baseYear', doc, 'en')).toBe('Scenario «Joint unit»: price year');
    // No nynorsk name: bokmål, as everywhere else.
    expect(fieldLabel('scenarios[0].baseYear', doc, 'nn')).toBe('Scenario «Felles enhet»: kroneår');
    expect(fieldLabel('milestones[0].date', doc, 'nb')).toBe('Milepæl «Vedtak i kommunestyret»: dato');
    expect(fieldLabel('milestones[0].date', doc, 'en')).toBe('Milestone «Council vote»: date');
    expect(fieldLabel('resolutions[0].points[0].status', doc, 'nb')).toBe(
      'Innstilling eller vedtak «Melhus kommunestyre 12/26»: pkt. 3, status',
    );
  });

  it('falls back to readable words for what it does not know, and never throws', () => {
    expect(fieldLabel('', doc, 'nb')).toBe('Saken');
    expect(fieldLabel('', doc, 'en')).toBe('The case');
    expect(fieldLabel('title', doc, 'nn')).toBe('Tittel');
    expect(fieldLabel('baseline[7].fte', doc, 'nb')).toBe('Grunnlag nr. 8: årsverk');
    expect(fieldLabel('somethingNew[1].innerField', doc, 'en')).toBe('Something new no. 2: inner field');
    expect(fieldLabel('baseline[0].otherCosts[1].amount', doc, 'nb')).toBe(
      'Skaun, Lønn og regnskap: andre årlige kostnader nr. 2, beløp',
    );
    expect(fieldLabel('baseline[0].fte', null, 'nb')).toBe('Grunnlag nr. 1: årsverk');
    expect(fieldLabel('baseline[0].fte', 'not a case', 'en')).toBe('Baseline no. 1: FTE');
    expect(fieldLabel('participationMeetings[0].topic.nb', null, 'nn')).toBe(
      'Medverknadsmøte nr. 1: tema, bokmål',
    );
  });
});

describe('formatFieldValue', () => {
  it('formats figures as the pages do', () => {
    expect(formatFieldValue('baseline[1].labourCost', 6_200_000, doc, 'nb')).toBe(kr('6 200 000 kr'));
    expect(formatFieldValue('baseline[1].fte', 6.4, doc, 'en')).toBe('6,4');
    expect(formatFieldValue('baseline[1].fte', null, doc, 'nb')).toBe('..');
    expect(formatFieldValue('baseline[1].notes', undefined, doc, 'nn')).toBe('(ingen)');
    expect(formatFieldValue('baseline[1].budgetYear', 2025, doc, 'nb')).toBe('2025');
    expect(formatFieldValue('milestones[0].date', '2026-03-10', doc, 'nb')).toBe('10.3.2026');
    expect(formatFieldValue('milestones[0].date', '2026-06', doc, 'en')).toBe('June 2026');
    expect(formatFieldValue('baseline[1].scope', 'decentral', doc, 'nb')).toBe('desentralt i enhetene');
    expect(formatFieldValue('publication.baselineFigures', true, doc, 'nn')).toBe('ja');
  });

  it('writes ages, sources and provenance in words', () => {
    expect(formatFieldValue('baseline[1].ages', { kind: 'range', min: 47, max: 66 }, doc, 'nb')).toBe(
      '47–66 år',
    );
    expect(formatFieldValue('baseline[1].ages', { kind: 'single', value: 51 }, doc, 'en')).toBe('51 years');
    const ref = { document: 'saksframlegg', locator: 'tabell 3', date: '2025-01-01' };
    expect(formatFieldValue('baseline[1].sources.fte', ref, doc, 'nb')).toBe(
      'Saksframlegg BIK 2030, tabell 3, per 1.1.2025',
    );
    expect(formatFieldValue('x.provenance', { source: { document: 'saksframlegg' } }, doc, 'en')).toBe(
      'Saksframlegg BIK 2030',
    );
    expect(formatFieldValue('x.provenance', { placeholder: {} }, doc, 'nb')).toBe(
      'plassholder – ikke fastsatt',
    );
    expect(
      formatFieldValue('x.provenance', { placeholder: { toBeSetBy: 'Økonomisjefene' } }, doc, 'nn'),
    ).toBe('plasshaldar – ikkje fastsett (bør fastsetjast av Økonomisjefene)');
    const decision = { decision: { resolutionId: 'vedtak-melhus', point: 2 } };
    expect(formatFieldValue('x.provenance', decision, doc, 'nb')).toBe(
      'vedtak Melhus kommunestyre 12/26 pkt. 2',
    );
    expect(formatFieldValue('x.provenance', decision, doc, 'en')).toBe(
      'resolution Melhus kommunestyre 12/26 item 2',
    );
  });

  it('spells out a whole object field by field, never as JSON', () => {
    const row = { areaId: 'lonn', municipalityNumber: '5028', fte: 2.5, labourCost: null };
    expect(formatFieldValue('baseline[2]', row, doc, 'nb')).toBe(
      'Tjenesteområde: Lønn og regnskap; Kommunenummer: Melhus (5028); Årsverk: 2,5; Lønnskostnad: ..',
    );
    expect(formatFieldValue('title', { nb: 'Felles', en: 'Joint' }, doc, 'en')).toBe('Joint');
    expect(formatFieldValue('baseline[0].otherCosts', [], doc, 'en')).toBe('(none)');
  });
});

describe('describeChanges', () => {
  it('gives each change its path, label and values in words', () => {
    const after = structuredClone(doc);
    after.baseline[1]!.labourCost = 6_200_000;
    const [change] = describeChanges(
      [{ path: 'baseline[1].labourCost', before: 5_200_000, after: 6_200_000 }],
      doc,
      after,
      'nb',
    );
    expect(change).toEqual({
      path: 'baseline[1].labourCost',
      before: 5_200_000,
      after: 6_200_000,
      label: 'Melhus, Lønn og regnskap (desentralt): lønnskostnad',
      beforeText: kr('5 200 000 kr'),
      afterText: kr('6 200 000 kr'),
    });
  });

  it('names a removed row from the revision that still had it', () => {
    const after = { ...doc, baseline: [doc.baseline[0]] };
    const [change] = describeChanges(
      [{ path: 'baseline[1]', before: doc.baseline[1], after: null }],
      doc,
      after,
      'en',
    );
    expect(change?.label).toBe('Melhus, Payroll and accounts (decentral)');
    expect(change?.afterText).toBe('(none)');
  });
});

describe('never throws', () => {
  it('gives words for any path, value and document, and never JSON', () => {
    const path = fc.oneof(
      fc.string(),
      fc.constantFrom('baseline[0].fte', 'scenarios[0].areas[0]', 'milestones[9].title.nb', 'people.x[1].y'),
    );
    fc.assert(
      fc.property(
        path,
        fc.anything(),
        fc.anything(),
        fc.constantFrom('nb', 'nn', 'en'),
        (p, value, doc, lang) => {
          expect(typeof fieldLabel(p, doc, lang)).toBe('string');
          expect(formatFieldValue(p, value, doc, lang)).not.toMatch(/^[{[]"/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
