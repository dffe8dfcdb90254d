import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../../default-case/default-case.ts';
import { analyseModelChoice } from '../../model-choice/analyse-model-choice.ts';
import { parseCase } from '../../parse-case.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { modelRankingTable } from './model-ranking-table.ts';

const WEIGHED = ['styringsstruktur', 'demokratisk-kontroll', 'okonomi-kostnadsdeling'];

/** One person weighs three criteria 50/30/20; test scores (not from the seeds), 3 on every other criterion. */
function withSession(): CaseDocument {
  const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const criteria = defaultCase().criteriaSets.find((s) => s.id === 'modellkriterier')?.criteria ?? [];
  const table: Record<string, number[]> = {
    'vertskommune-administrativ': [3, 2, 5],
    'vertskommune-nemnd': [4, 5, 2],
    'interkommunalt-politisk-rad': [5, 5, 5],
  };
  raw['weightingSessions'] = [
    {
      id: 'styringsgruppen',
      criteriaSetId: 'modellkriterier',
      aggregation: 'aip',
      persons: [
        {
          id: 'a',
          role: 'Rådmann',
          weighting: {
            method: 'points',
            points: { styringsstruktur: 50, 'demokratisk-kontroll': 30, 'okonomi-kostnadsdeling': 20 },
          },
        },
      ],
      scores: Object.entries(table).flatMap(([modelId, values]) =>
        criteria.map((c) => ({
          modelId,
          criterionId: c.id,
          score: WEIGHED.includes(c.id) ? values[WEIGHED.indexOf(c.id)] : 3,
          scoredBy: 'Test',
        })),
      ),
    },
  ];
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Error('fixture does not parse');
  return parsed.data;
}

describe('modelRankingTable', () => {
  it('has no rows and says why while nobody has weighed the criteria (the default case)', () => {
    const table = modelRankingTable(defaultCase(), { language: 'nb', role: 'reader' });
    expect(table?.rows).toEqual([]);
    expect(table?.notes.every((n) => n.includes('ingen har vektet kriteriene ennå'))).toBe(true);
  });

  it('ranks by weighted sum, by hand: 0.5·4 + 0.3·5 + 0.2·2 = 3.9 before 0.5·3 + 0.3·2 + 0.2·5 = 3.1', () => {
    const document = withSession();
    const table = modelRankingTable(document, { language: 'nb', role: 'reader' });
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kriteriesett',
      'Plass',
      'Modell',
      'Vektet sum (1–5)',
      'Sannsynlighet for førsteplass (%)',
    ]);
    expect(table.rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      [1, 'Vertskommunesamarbeid med felles folkevalgt nemnd', 3.9],
      [2, 'Administrativt vertskommunesamarbeid', 3.1],
    ]);
    // The same seeded run as the page: the probabilities are the analysis's, and they sum to 1.
    const set = analyseModelChoice(document).sets.find((s) => s.criteriaSetId === 'modellkriterier');
    const probability = set?.ranking?.monteCarlo.probabilityFirst ?? {};
    expect(table.rows[0]?.[4]).toBeCloseTo(probability['vertskommune-nemnd'] ?? NaN, 4);
    expect((table.rows[0]?.[4] as number) + (table.rows[1]?.[4] as number)).toBeCloseTo(1, 3);
    // The political council is scored highest but is not suited for the package: named, never ranked.
    expect(table.notes.some((n) => n.includes('ikke er egnet for pakken: Interkommunalt politisk råd'))).toBe(
      true,
    );
    expect(table.sources).toContainEqual(
      expect.objectContaining({ kind: 'own-value', label: 'Poeng (1–5) satt av Test' }),
    );
  });

  it('has English headers when asked', () => {
    const en = modelRankingTable(withSession(), { language: 'en', role: 'reader' });
    expect(en?.columns.map((c) => c.header)).toEqual([
      'Criteria set',
      'Rank',
      'Model',
      'Weighted sum (1–5)',
      'Probability of ranking first (%)',
    ]);
  });
});
