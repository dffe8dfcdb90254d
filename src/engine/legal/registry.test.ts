import { describe, expect, it } from 'vitest';
import { legalModels as caseLegalModels } from '../../case/default-case/legal-models.ts';
import { MODEL_FACT_KEYS, unconfirmedAttributes } from './legal-model.ts';
import { formatReference } from './legal-reference.ts';
import { isLegalModelId, legalModelById, legalModels } from './registry.ts';
import { SOURCES } from './sources.ts';

// The ids of the default case's `legalModels`; the registry adds purchase of services.
const CASE_MODEL_IDS = caseLegalModels.map((m) => m.id);

function model(id: string) {
  const found = legalModelById(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

describe('legal model registry', () => {
  it('lists the models of kl. § 17-1 (host model in two variants), purchase of services and networks, once each', () => {
    const ids = legalModels.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CASE_MODEL_IDS).toHaveLength(9);
    expect([...ids].sort()).toEqual([...CASE_MODEL_IDS, 'kjop-av-tjenester'].sort());
    expect(legalModels.filter((m) => m.listedInSection17_1)).toHaveLength(8);
    expect(isLegalModelId('kjop-av-tjenester')).toBe(true);
    expect(isLegalModelId('samkommune')).toBe(false);
  });

  it('gives every attribute a reference whose sources are in LAW.md section 7', () => {
    for (const m of legalModels) {
      for (const key of MODEL_FACT_KEYS) {
        const attribute = m[key];
        expect(attribute.references.length, `${m.id}.${key}`).toBeGreaterThan(0);
        for (const reference of attribute.references) {
          expect(reference.sources.length).toBeGreaterThan(0);
          for (const source of reference.sources)
            expect(SOURCES[source], `${m.id}.${key} ${source}`).toBeDefined();
        }
      }
    }
  });

  it('states the decision authority of LAW.md section 0 point 2 with its paragraph', () => {
    const authority = (id: string) => [
      model(id).individualDecisions.value,
      formatReference(model(id).individualDecisions.references[0]!),
    ];
    expect(authority('interkommunalt-politisk-rad')).toEqual([
      'internalAndGrantsOnly',
      'kommuneloven § 18-1 annet ledd',
    ]);
    expect(authority('kommunalt-oppgavefellesskap')).toEqual([
      'internalAndGrantsOnly',
      'kommuneloven § 19-1 annet ledd',
    ]);
    expect(authority('vertskommune-administrativ')).toEqual(['nonPrincipled', 'kommuneloven § 20-1']);
    expect(model('vertskommune-administrativ').individualDecisions.references.map(formatReference)).toContain(
      'kommuneloven § 20-2 første ledd',
    );
    expect(authority('vertskommune-nemnd')).toEqual(['all', 'kommuneloven § 20-1']);
    for (const id of ['interkommunalt-selskap', 'aksjeselskap', 'samvirkeforetak', 'forening']) {
      expect(authority(id)).toEqual(['onlyWhereSpecialActAllows', 'kommuneloven § 5-4 første ledd']);
    }
    expect(model('kjop-av-tjenester').individualDecisions.value).toBe('none');
  });

  it('lists the mandatory agreement points with their letters (§ 18-4 a–h, § 19-4 a–j, § 20-4 a–i)', () => {
    const letters = (id: string) =>
      model(id).agreementContent.value.flatMap((p) => (p.letter ? [p.letter] : []));
    expect(letters('interkommunalt-politisk-rad')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(letters('kommunalt-oppgavefellesskap')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
    ]);
    expect(letters('vertskommune-administrativ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    // The joint board variant adds the number of board members per participant (§ 20-4 fourth para.).
    expect(model('vertskommune-nemnd').agreementContent.value.map((p) => p.reference.provision)).toContain(
      '§ 20-4 fjerde ledd',
    );
    expect(formatReference(model('kommunalt-oppgavefellesskap').agreementContent.value[6]!.reference)).toBe(
      'kommuneloven § 19-4 fjerde ledd bokstav g',
    );
  });

  it('has each participant’s council itself adopt the agreements of IPR, KO, host municipality and IKS', () => {
    for (const id of [
      'interkommunalt-politisk-rad',
      'kommunalt-oppgavefellesskap',
      'vertskommune-administrativ',
      'vertskommune-nemnd',
      'interkommunalt-selskap',
    ]) {
      expect(model(id).agreementAdoptedBy.value).toBe('councilItself');
    }
  });

  it('gives the host model one year’s statutory notice (§ 20-8) and leaves KO/IPR exit to the agreement', () => {
    expect(model('vertskommune-administrativ').exit.value).toEqual({
      statutoryNoticeMonths: 12,
      regulatedBy: 'statute',
    });
    expect(model('kommunalt-oppgavefellesskap').exit.value).toEqual({
      statutoryNoticeMonths: null,
      regulatedBy: 'agreement',
    });
  });

  it('flags what LAW.md marks UNCONFIRMED', () => {
    expect(unconfirmedAttributes(model('interkommunalt-selskap'))).toEqual(['exit', 'agreementContent']);
    expect(unconfirmedAttributes(model('kommunalt-oppgavefellesskap'))).toEqual(['employer']);
    expect(unconfirmedAttributes(model('vertskommune-administrativ'))).toEqual([]);
    expect(unconfirmedAttributes(model('samvirkeforetak'))).toContain('liability');
  });
});
