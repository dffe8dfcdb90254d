/**
 * Model choice explained: a model's rank is its place among the lawful models' weighted values (ties share a
 * rank); its value is the weighted sum Σ wᵢ · sᵢ of its scores on the anchored 1–5 scale; a criterion's group
 * weight is the mean of the persons' weights (AIP) or the AHP weight of their combined pairwise judgements
 * (AIJ); a person's weight is their points or swing ratings over the sum, or AHP from their judgements.
 * Values are read from `analyseModelChoice`, the analysis the model-choice page shows (with one Monte Carlo
 * draw: the robustness is not explained here and does not change the ranking).
 * Figure ids (`<set>` a criteria set): `model-choice:<set>/rank/<model>`, `…/value/<model>`,
 * `…/weight/<criterion>`, `…/person-weight/<person>/<criterion>`, and the entries
 * `…/score/<model>/<criterion>`, `…/points/<person>/<criterion>`, `…/judgement/<person>/<a>/<b>`.
 * @module
 */
import type { ExplanationInput } from '../../engine/explain/explanation.ts';
import { legalModelById } from '../../engine/legal/registry.ts';
import type { Language } from '../../i18n/language.ts';
import { localize } from '../process/localize.ts';
import { analyseModelChoice, type CriteriaSetChoice } from '../model-choice/analyse-model-choice.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { WeightingPerson, WeightingSession } from '../schema/model-choice.ts';
import type { CaseNode } from './explained-figure.ts';
import type { ExplainContext } from './scenario-figures.ts';

const analyses = new WeakMap<CaseDocument, CriteriaSetChoice[]>();
function setsOf(document: CaseDocument): CriteriaSetChoice[] {
  if (!analyses.has(document)) analyses.set(document, analyseModelChoice(document, { iterations: 1 }).sets);
  return analyses.get(document) as CriteriaSetChoice[];
}

interface Set {
  id: string;
  choice: CriteriaSetChoice;
  session: WeightingSession;
  sessionIndex: number;
  criteria: string[];
}

const stub = (id: string, step: string, value: number, unit: ExplanationInput['unit'] = 'factor') => ({
  id,
  step,
  params: {},
  value,
  unit,
});

/**
 * An entry of the weighting session. No document field: the form labels of a session's rows are not named
 * by their paths, so the words name the model, criterion and person, and who scored.
 */
function leaf(id: string, value: number, step: string, params: CaseNode['params']): CaseNode {
  return { id, step, params, value, unit: 'factor', symbols: '', formula: { op: 'given' }, inputs: [] };
}

function rankNode(set: Set, model: string): CaseNode | null {
  const ranked = set.choice.ranking?.ranking.ranking ?? [];
  // The engine's input order (registry order of the candidates), which decides ties.
  const order = (set.choice.ranking?.candidates ?? []).filter((id) => ranked.some((r) => r.id === id));
  const index = order.indexOf(model);
  const own = ranked.find((r) => r.id === model);
  if (index < 0 || !own) return null;
  const inputs = order.map((id) =>
    stub(`model-choice:${set.id}/value/${id}`, 'choice_value', ranked.find((r) => r.id === id)?.value ?? 0),
  );
  return {
    id: `model-choice:${set.id}/rank/${model}`,
    step: 'choice_rank',
    params: { model },
    value: own.rank,
    unit: 'count',
    symbols: 'rang = 1 + #{m′ : V(m′) > V(m)}',
    formula: { op: 'rank', index },
    inputs,
  };
}

function valueNode(set: Set, model: string): CaseNode | null {
  const own = set.choice.ranking?.ranking.ranking.find((r) => r.id === model);
  const weights = set.choice.weights?.weights;
  if (!own || !weights) return null;
  // In the order `weightedValue` sums: the weights' own order; an unscored criterion has no weight.
  const inputs = Object.entries(weights).flatMap(([c, w]) => {
    const score = set.session.scores.find((s) => s.modelId === model && s.criterionId === c);
    return score
      ? [
          stub(`model-choice:${set.id}/weight/${c}`, 'choice_weight', w, 'share'),
          stub(`model-choice:${set.id}/score/${model}/${c}`, 'field', score.score),
        ]
      : [];
  });
  return {
    id: `model-choice:${set.id}/value/${model}`,
    step: 'choice_value',
    params: { model },
    value: own.value,
    unit: 'factor',
    symbols: 'V(m) = Σᵢ wᵢ · sₘᵢ',
    formula: { op: 'sumOfProducts' },
    inputs,
  };
}

/** Person p's judgements in order, as criterion index pairs, and their inputs. */
function judgementsOf(set: Set, persons: readonly WeightingPerson[]) {
  const pairs = persons.map((p) =>
    (p.weighting.method === 'pairwise' ? p.weighting.judgements : []).map(
      (j) => [set.criteria.indexOf(j.a), set.criteria.indexOf(j.b)] as const,
    ),
  );
  const inputs = persons.flatMap((p) =>
    (p.weighting.method === 'pairwise' ? p.weighting.judgements : []).map((j) =>
      stub(`model-choice:${set.id}/judgement/${p.id}/${j.a}/${j.b}`, 'field', j.value),
    ),
  );
  return { pairs, inputs };
}

function weightNode(set: Set, criterion: string): CaseNode | null {
  const w = set.choice.weights;
  const value = w?.weights?.[criterion];
  const index = set.criteria.indexOf(criterion);
  if (!w || value === undefined || index < 0) return null;
  const base = {
    id: `model-choice:${set.id}/weight/${criterion}`,
    params: { criterion },
    value,
    unit: 'share' as const,
  };
  if (w.method === 'aij') {
    const { pairs, inputs } = judgementsOf(set, set.session.persons);
    return {
      ...base,
      step: 'choice_weight_aij',
      symbols: 'w = AHP(Π a⁽ᵖ⁾^(1/P))',
      formula: { op: 'ahpWeight', criterion: index, criteria: set.criteria.length, pairs },
      inputs,
    };
  }
  const weighed = w.persons.filter((p) => p.weights !== null);
  const inputs = weighed.map((p) =>
    stub(
      `model-choice:${set.id}/person-weight/${p.personId}/${criterion}`,
      'choice_person_weight',
      p.weights?.[criterion] ?? 0,
      'share',
    ),
  );
  return {
    ...base,
    step: 'choice_weight_aip',
    symbols: 'w = (1/P) Σₚ w⁽ᵖ⁾',
    formula: { op: 'linear', coefficients: inputs.map(() => 1 / inputs.length) },
    inputs,
  };
}

function personWeightNode(set: Set, personId: string, criterion: string): CaseNode | null {
  const result = set.choice.weights?.persons.find((p) => p.personId === personId);
  const person = set.session.persons.find((p) => p.id === personId);
  const value = result?.weights?.[criterion];
  const index = set.criteria.indexOf(criterion);
  if (!person || value === undefined || index < 0) return null;
  const base = {
    id: `model-choice:${set.id}/person-weight/${personId}/${criterion}`,
    params: { criterion, person: person.role },
    value,
    unit: 'share' as const,
  };
  const weighting = person.weighting;
  if (weighting.method === 'pairwise') {
    const { pairs, inputs } = judgementsOf(set, [person]);
    return {
      ...base,
      step: 'choice_person_weight_ahp',
      symbols: 'w = AHP(a)',
      formula: { op: 'ahpWeight', criterion: index, criteria: set.criteria.length, pairs },
      inputs,
    };
  }
  const given = weighting.method === 'points' ? weighting.points : weighting.ratings;
  const order = [criterion, ...set.criteria.filter((c) => c !== criterion)];
  const inputs = order.map((c) =>
    stub(`model-choice:${set.id}/points/${personId}/${c}`, 'field', given[c] ?? 0),
  );
  return {
    ...base,
    step: `choice_person_weight_${weighting.method}`,
    symbols: 'wᵢ = pᵢ / Σ p',
    formula: { op: 'ratio' },
    inputs,
  };
}

function entryLeaf(set: Set, kind: string, parts: string[]): CaseNode | null {
  const id = `model-choice:${set.id}/${kind}/${parts.join('/')}`;
  if (kind === 'score') {
    const score = set.session.scores.find((s) => s.modelId === parts[0] && s.criterionId === parts[1]);
    if (!score) return null;
    const { modelId: model, criterionId: criterion, scoredBy, rationale } = score;
    return leaf(id, score.score, 'choice_score', { model, criterion, scoredBy, rationale: rationale ?? '' });
  }
  const person = set.session.persons.find((x) => x.id === parts[0]);
  const w = person?.weighting;
  if (!person || !w) return null;
  if (kind === 'points' && w.method !== 'pairwise' && parts[1] !== undefined) {
    const value = (w.method === 'points' ? w.points : w.ratings)[parts[1]] ?? 0;
    return leaf(id, value, `choice_${w.method}`, { person: person.role, criterion: parts[1] });
  }
  if (kind === 'judgement' && w.method === 'pairwise') {
    const judgement = w.judgements.find((x) => x.a === parts[1] && x.b === parts[2]);
    return judgement
      ? leaf(id, judgement.value, 'choice_judgement', { person: person.role, a: judgement.a, b: judgement.b })
      : null;
  }
  return null;
}

/** The `model` and `criterion` parameters of a model-choice figure by name, for its words. */
export function choiceNames(
  document: CaseDocument,
  language: Language,
  params: CaseNode['params'],
): Record<string, string> {
  const out: Record<string, string> = {};
  const model = typeof params.model === 'string' ? legalModelById(params.model) : undefined;
  if (model) out.model = localize(model.name, language);
  const criterion = document.criteriaSets.flatMap((s) => s.criteria).find((c) => c.id === params.criterion);
  if (criterion) out.criterion = localize(criterion.name, language);
  return out;
}

/** The case node of `model-choice:<set>/<rest>`, or null when the set has no such figure. */
export function modelChoiceFigure(context: ExplainContext, setId: string, rest: string): CaseNode | null {
  const choice = setsOf(context.document).find((s) => s.criteriaSetId === setId);
  const sessionIndex = context.document.weightingSessions.findIndex((s) => s.id === choice?.sessionId);
  const session = context.document.weightingSessions[sessionIndex];
  if (!choice || !session) return null;
  const set: Set = { id: setId, choice, session, sessionIndex, criteria: choice.criteria.map((c) => c.id) };
  const [kind, ...parts] = rest.split('/');
  const [a, b] = parts;
  if (kind === 'rank' && a !== undefined) return rankNode(set, a);
  if (kind === 'value' && a !== undefined) return valueNode(set, a);
  if (kind === 'weight' && a !== undefined) return weightNode(set, a);
  if (kind === 'person-weight' && a !== undefined && b !== undefined) return personWeightNode(set, a, b);
  return entryLeaf(set, kind ?? '', parts);
}
