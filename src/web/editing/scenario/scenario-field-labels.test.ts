import { describe, expect, it } from 'vitest';
import { CATALOGUES, translate } from '../../i18n/all-catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { describeScenarioPath, labelText } from './scenario-field-labels.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);
const names = {
  area: () => 'Lønn, regnskap og fakturering',
  municipality: () => 'Skaun',
  grant: () => 'Prosjektskjønn',
};
const describePath = (path: string) => {
  const label = describeScenarioPath(path, t, names);
  return label && labelText(label);
};

describe('describeScenarioPath', () => {
  it('names a distribution parameter the way its input is labelled', () => {
    expect(describePath('scenarios[0].areas[0].savingsShare.distribution.max')).toBe(
      'Innsparing høy (%) – Lønn, regnskap og fakturering',
    );
    expect(describePath('scenarios[1].areas[0].oneOffCosts[1].amount.distribution.min')).toBe(
      'Beløp lav (kr) – Engangskostnad 2, Lønn, regnskap og fakturering',
    );
  });

  it('names provenance, key options, volumes and scenario fields', () => {
    expect(
      describePath('scenarios[0].areas[0].recurringCosts[0].amount.provenance.placeholder.toBeSetBy'),
    ).toBe(
      'Hvem bør fastsette verdien (rolle) for beløp per år – Løpende kostnad 1, Lønn, regnskap og fakturering',
    );
    expect(describePath('scenarios[0].areas[0].costKey.options.measure')).toBe(
      'Volummål – Kostnadsnøkkel – Lønn, regnskap og fakturering',
    );
    expect(describePath('scenarios[0].areas[0].volumes.5029.lønnsslipper')).toBe(
      'Volum (lønnsslipper) – Skaun, Lønn, regnskap og fakturering',
    );
    expect(describePath('scenarios[0].discountSchedule[1].rate')).toBe('Rente (%) – trinn 2');
    expect(describePath('scenarios[0].baseYear')).toBe('Basisår (kroneår)');
  });

  it('names each provenance field the way the form labels it', () => {
    const at = 'scenarios[0].areas[0].savingsShare.provenance';
    const context = 'for innsparing – Lønn, regnskap og fakturering';
    expect(describePath(`${at}.placeholder.note`)).toBe(`Merknad ${context}`);
    expect(describePath(`${at}.source.document`)).toBe(`Dokument ${context}`);
    expect(describePath(`${at}.source.locator`)).toBe(`Sted i dokumentet ${context}`);
    expect(describePath(`${at}.decision.resolutionId`)).toBe(`Vedtak ${context}`);
    expect(describePath('scenarios[0].inflation.provenance.placeholder.toBeSetBy')).toBe(
      'Hvem bør fastsette verdien (rolle) for prisvekst',
    );
    expect(describePath(at)).toBe('Kilde for innsparing – Lønn, regnskap og fakturering');
  });

  it('gives nothing for paths the form does not edit', () => {
    expect(describePath('scenarios[0].grants[0].grantId')).toBeUndefined();
    expect(describePath('baseline[2].fte')).toBeUndefined();
  });
});
