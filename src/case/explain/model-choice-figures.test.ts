import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../default-case/default-case.ts';
import { analyseModelChoice } from '../model-choice/analyse-model-choice.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { WeightingPerson } from '../schema/model-choice.ts';
import { explainFigure } from './explain-figure.ts';
import { walkExplanations } from './walk-explanations.test-helpers.ts';

const SET = 'modellkriterier';
const C = ['styringsstruktur', 'demokratisk-kontroll', 'okonomi-kostnadsdeling'];

/** Test scores (not from the seeds) on three criteria; the set's other criteria get 3 and no weight. */
const SCORES: Record<string, number[]> = {
  'vertskommune-administrativ': [3, 2, 5],
  'vertskommune-nemnd': [4, 5, 2],
};

function withSession(aggregation: 'aip' | 'aij', persons: WeightingPerson[]): CaseDocument {
  const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
  const criteria = defaultCase().criteriaSets.find((s) => s.id === SET)?.criteria ?? [];
  raw.weightingSessions = [
    {
      id: 'styringsgruppen',
      criteriaSetId: SET,
      aggregation,
      persons,
      scores: Object.entries(SCORES).flatMap(([modelId, values]) =>
        criteria.map((c) => ({
          modelId,
          criterionId: c.id,
          score: C.includes(c.id) ? (values[C.indexOf(c.id)] as number) : 3,
          scoredBy: 'Styringsgruppen',
        })),
      ),
    },
  ];
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

const points = (id: string, values: number[]): WeightingPerson => ({
  id,
  role: id,
  weighting: { method: 'points', points: Object.fromEntries(C.map((c, i) => [c, values[i] as number])) },
});

describe('model-choice figures', () => {
  it('explains the weighted values and ranks by hand (two persons’ points, AIP)', () => {
    // Weights: A 50/30/20 → .5/.3/.2, B 20/30/50 → .2/.3/.5; the mean .35/.3/.35.
    // Administrative host: .35·3 + .3·2 + .35·5 = 3.4; board host: .35·4 + .3·5 + .35·2 = 3.6.
    const document = withSession('aip', [points('a', [50, 30, 20]), points('b', [20, 30, 50])]);
    const opts = { caseId: 'c' };
    expect(explainFigure(document, `model-choice:${SET}/weight/styringsstruktur`, opts)?.value).toBeCloseTo(
      0.35,
      12,
    );
    expect(
      explainFigure(document, `model-choice:${SET}/value/vertskommune-administrativ`, opts)?.value,
    ).toBeCloseTo(3.4, 12);
    expect(explainFigure(document, `model-choice:${SET}/value/vertskommune-nemnd`, opts)?.value).toBeCloseTo(
      3.6,
      12,
    );
    const analysis = analyseModelChoice(document).sets.find((s) => s.criteriaSetId === SET);
    for (const r of analysis?.ranking?.ranking.ranking ?? []) {
      const rank = explainFigure(document, `model-choice:${SET}/rank/${r.id}`, opts);
      expect(rank?.value).toBe(r.rank);
      expect(explainFigure(document, `model-choice:${SET}/value/${r.id}`, opts)?.value).toBe(r.value);
    }
    expect(explainFigure(document, `model-choice:${SET}/rank/vertskommune-nemnd`, opts)?.value).toBe(1);
    const all = walkExplanations(document, `model-choice:${SET}/rank/vertskommune-administrativ`);
    const score = all.find(
      (f) => f.id === `model-choice:${SET}/score/vertskommune-administrativ/styringsstruktur`,
    );
    expect(score?.value).toBe(3);
    expect(score?.label).toMatch(/^Poeng for Administrativt vertskommune.* på Styringsstruktur$/);
    expect(score?.formula).toMatch(/satt av Styringsgruppen/);
  });

  it('explains AIJ weights from the pairwise judgements (4 and 1/4 cancel out: equal weights)', () => {
    const pairwise = (id: string, value: number): WeightingPerson => ({
      id,
      role: id,
      weighting: {
        method: 'pairwise',
        judgements: [
          { a: C[0] as string, b: C[1] as string, value },
          { a: C[0] as string, b: C[2] as string, value },
          { a: C[1] as string, b: C[2] as string, value: 1 },
        ],
      },
    });
    const document = withSession('aij', [pairwise('a', 4), pairwise('b', 1 / 4)]);
    const weight = explainFigure(document, `model-choice:${SET}/weight/${C[0]}`, { caseId: 'c' });
    expect(weight?.inputs).toHaveLength(6);
    for (const language of ['nb', 'nn', 'en'] as const)
      walkExplanations(document, `model-choice:${SET}/rank/vertskommune-nemnd`, language);
  });

  it('has no figures without a weighting session (the default case)', () => {
    expect(
      explainFigure(defaultCase(), `model-choice:${SET}/rank/vertskommune-nemnd`, { caseId: 'c' }),
    ).toBeNull();
  });
});
