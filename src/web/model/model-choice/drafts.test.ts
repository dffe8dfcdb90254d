import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import { emptyScoring, withScores } from './scoring-draft.ts';
import {
  criterionPairs,
  emptyDraft,
  liveWeights,
  parsePoints,
  pointsProblem,
  stepValue,
  withPerson,
} from './weighting-draft.ts';

const CRITERIA = ['a', 'b', 'c'];

describe('the weighting draft', () => {
  it('lists each pair once, in the set’s order', () => {
    expect(criterionPairs(CRITERIA)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('maps Saaty steps to values: 0 → 1, +2 → 3, −2 → 1/3, ±8 → 9 and 1/9', () => {
    expect([0, 2, -2, 8, -8].map(stepValue)).toEqual([1, 3, 1 / 3, 9, 1 / 9]);
  });

  it('reads points with a comma decimal and refuses negatives', () => {
    expect(parsePoints('12,5')).toBe(12.5);
    expect(parsePoints(' ')).toBeNull();
    expect(parsePoints('-1')).toBeNull();
  });

  it('refuses −5, 1 000 and «abc» as points, and names why', () => {
    expect(['-5', '\u22125', '1 000', '1000', '100,5', 'abc', '12abc'].map(pointsProblem)).toEqual([
      'out_of_range',
      'out_of_range',
      'out_of_range',
      'out_of_range',
      'out_of_range',
      'not_number',
      'not_number',
    ]);
    expect(['', '0', '100', '12,5', ' 40 '].map(pointsProblem)).toEqual([null, null, null, null, null]);
    expect(['-5', '1 000', 'abc', '100'].map(parsePoints)).toEqual([null, null, null, 100]);
  });

  it('leaves a refused field out of the live weights', () => {
    const draft = { ...emptyDraft('x'), points: { a: '1 000', b: '1', c: '3' } };
    expect(liveWeights(draft, CRITERIA).weights).toEqual({ a: 0, b: 0.25, c: 0.75 });
  });

  it('gives live weights from points and from pairwise steps (with CR)', () => {
    const points = { ...emptyDraft('x'), points: { a: '2', b: '1', c: '1' } };
    expect(liveWeights(points, CRITERIA).weights).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
    const pairwise = {
      ...emptyDraft('x'),
      method: 'pairwise' as const,
      steps: { 'a|b': 1, 'a|c': 1, 'b|c': 0 },
    };
    const live = liveWeights(pairwise, CRITERIA);
    expect(live.weights?.a).toBeCloseTo(0.5, 9);
    expect(live.ahp?.consistencyRatio).toBeCloseTo(0, 9);
  });

  it('adds a person to a new session that the schema accepts, then a second one with its own id', () => {
    const doc = defaultCase();
    const criteria =
      doc.criteriaSets.find((s) => s.id === 'modellkriterier')?.criteria.map((c) => c.id) ?? [];
    const draft = {
      ...emptyDraft('modellkriterier'),
      role: 'Formannskapet',
      municipalityNumber: '5029',
      points: { fagmiljo: '10' },
    };
    const once = withPerson(doc, draft, criteria);
    const twice = withPerson(once, { ...draft, role: 'Kommunestyret' }, criteria);
    const session = twice.weightingSessions[0];
    expect(session?.persons.map((p) => [p.id, p.role, p.municipalityNumber])).toEqual([
      ['person-1', 'Formannskapet', '5029'],
      ['person-2', 'Kommunestyret', '5029'],
    ]);
    expect(parseCase(JSON.parse(JSON.stringify(twice))).success).toBe(true);
  });
});

describe('the scoring draft', () => {
  it('replaces a model’s earlier scores on the same criteria and keeps the rest', () => {
    const doc = defaultCase();
    const first = withScores(doc, {
      ...emptyScoring('modellkriterier', 'vertskommune-nemnd'),
      scoredBy: 'Prosjektgruppen',
      scores: { fagmiljo: 2, ansatte: 4 },
    });
    const second = withScores(first, {
      ...emptyScoring('modellkriterier', 'vertskommune-nemnd'),
      scoredBy: 'Prosjektgruppen',
      rationale: 'Ny vurdering',
      scores: { fagmiljo: 5 },
    });
    const scores = second.weightingSessions[0]?.scores.map((s) => [s.criterionId, s.score, s.rationale]);
    expect(scores).toEqual([
      ['ansatte', 4, undefined],
      ['fagmiljo', 5, 'Ny vurdering'],
    ]);
    expect(parseCase(JSON.parse(JSON.stringify(second))).success).toBe(true);
  });
});
