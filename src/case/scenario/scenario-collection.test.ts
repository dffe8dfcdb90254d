import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import { isPlaceholder } from '../schema/provenance.ts';
import {
  addBlankScenario,
  addedComment,
  addScenarioCopy,
  idFromName,
  referencedMessage,
  removeScenario,
  uniqueScenarioId,
} from './scenario-collection.ts';

const FIRST = 'administrative-tjenester';

describe('scenario ids from names', () => {
  it('spells out æ, ø and å and turns everything else into single hyphens', () => {
    expect(idFromName('Uten Melhus – lik andel')).toBe('uten-melhus-lik-andel');
    expect(idFromName('Økonomi på Ærøy')).toBe('okonomi-pa-aeroy');
    expect(idFromName('  !!  ')).toBe('scenario');
  });

  it('adds -2, -3 … to an id the case already has', () => {
    const document = defaultCase();
    expect(uniqueScenarioId(document, 'ny')).toBe('ny');
    expect(uniqueScenarioId(document, FIRST)).toBe(`${FIRST}-2`);
    const once = addScenarioCopy(document, FIRST, 'Administrative tjenester');
    expect(once?.scenario.id).toBe(`${FIRST}-2`);
    expect(uniqueScenarioId(once!.document, FIRST)).toBe(`${FIRST}-3`);
  });
});

describe('copying a scenario', () => {
  it('copies every setting under a new name and a fresh id, and the case stays valid', () => {
    const document = defaultCase();
    const source = document.scenarios[0]!;
    const added = addScenarioCopy(document, FIRST, 'Uten Melhus');
    expect(added?.scenario.id).toBe('uten-melhus');
    expect(added?.scenario.name).toEqual({ nb: 'Uten Melhus' });
    expect({ ...added?.scenario, id: source.id, name: source.name }).toEqual(source);
    expect(added?.document.scenarios.map((s) => s.id)).toEqual([
      ...document.scenarios.map((s) => s.id),
      'uten-melhus',
    ]);
    // The copy is its own: changing it leaves the source as it was.
    added!.scenario.areas[0]!.startYear = 2099;
    expect(source.areas[0]?.startYear).not.toBe(2099);
    expect(parseCase(added!.document).success).toBe(true);
  });

  it('answers null for a scenario the case does not have', () => {
    expect(addScenarioCopy(defaultCase(), 'finnes-ikke', 'X')).toBeNull();
  });
});

describe('a blank scenario', () => {
  it('has no areas, every general setting a placeholder, and passes the case schema', () => {
    const added = addBlankScenario(defaultCase(), 'Tomt', 2025);
    expect(added.scenario.areas).toEqual([]);
    expect(added.scenario.baseYear).toBe(2025);
    expect(isPlaceholder(added.scenario.realWageGrowth.provenance)).toBe(true);
    expect(isPlaceholder(added.scenario.inflation.provenance)).toBe(true);
    expect(isPlaceholder(added.scenario.fieldProvenance.horizonYears)).toBe(true);
    expect(parseCase(added.document).success).toBe(true);
  });
});

describe('removing a scenario', () => {
  it('removes it and keeps the others', () => {
    const result = removeScenario(defaultCase(), FIRST, 'nb');
    expect(result.kind).toBe('removed');
    if (result.kind === 'removed') {
      expect(result.document.scenarios.map((s) => s.id)).toEqual(['lonn-regnskap-lik-andel']);
      expect(parseCase(result.document).success).toBe(true);
    }
  });

  it('refuses while a cost game, agreement terms or a joint unit refer to it, naming them', () => {
    const document = defaultCase();
    document.costGames = [
      {
        id: 'pakke',
        scenarioId: FIRST,
        provenance: { decision: { by: 'x', date: '2026-01-01' } },
        costs: [],
      } as never,
    ];
    document.agreementTerms = [
      { modelId: 'vertskommune', scenarioId: FIRST, name: 'Utkast til avtale' } as never,
    ];
    document.operations.units = [{ id: 'adm', name: { nb: 'Felles enhet' }, scenarioId: FIRST } as never];
    const result = removeScenario(document, FIRST, 'nb');
    expect(result).toEqual({
      kind: 'referenced',
      references: [
        { path: 'costGames[0].scenarioId', words: 'kostnadsspillet «pakke»' },
        { path: 'agreementTerms[0].scenarioId', words: 'avtalevilkårene «Utkast til avtale»' },
        { path: 'operations.units[0].scenarioId', words: 'den felles enheten «Felles enhet»' },
      ],
    });
    if (result.kind === 'referenced')
      expect(referencedMessage('A', result.references, 'nb')).toBe(
        'Scenarioet «A» kan ikke slettes fordi kostnadsspillet «pakke», avtalevilkårene «Utkast til avtale», den felles enheten «Felles enhet» viser til det. Endre det først. Ingenting er lagret.',
      );
  });

  it('says when there is no such scenario', () => {
    expect(removeScenario(defaultCase(), 'nei', 'nb')).toEqual({ kind: 'not-found' });
  });
});

describe('revision comments', () => {
  it('names the new scenario and the one it copies', () => {
    expect(addedComment('Uten Melhus', 'Felles enhet', 'nb')).toBe(
      'Nytt scenario «Uten Melhus» (kopi av «Felles enhet»)',
    );
    expect(addedComment('Tomt', null, 'en')).toBe('New scenario «Tomt»');
  });
});
