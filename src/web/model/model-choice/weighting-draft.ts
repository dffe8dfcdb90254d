/**
 * The weighting form's state for one person, and how it becomes a `WeightingPerson` in a new revision of
 * the case document. Pairwise judgements are kept as a step on Saaty's scale: 0 equal, +k the first
 * criterion k + 1 times as important, −k the second.
 * @module
 */
import { parseNumber } from '../../editing/parse-number.ts';
import { personWeights, type PersonResult } from '../../../case/model-choice/person-weights.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type {
  GroupAggregation,
  WeightingPerson,
  WeightingSession,
} from '../../../case/schema/model-choice.ts';

export type DraftMethod = 'points' | 'pairwise';

export interface WeightingDraft {
  criteriaSetId: string;
  role: string;
  municipalityNumber: string;
  name: string;
  method: DraftMethod;
  /** Criterion id → the text typed in the points field. */
  points: Record<string, string>;
  /** Pair key `a|b` → step from −8 to 8; absent when not judged. */
  steps: Record<string, number>;
  /** Used only when the set has no session yet. */
  aggregation: GroupAggregation;
}

export const SAATY_STEPS = [-8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

export function emptyDraft(criteriaSetId: string): WeightingDraft {
  return {
    criteriaSetId,
    role: '',
    municipalityNumber: '',
    name: '',
    method: 'points',
    points: {},
    steps: {},
    aggregation: 'aip',
  };
}

/** The pairs of criteria in the set's order: (0,1), (0,2), …, (n−2, n−1). */
export function criterionPairs(criteria: readonly string[]): [string, string][] {
  return criteria.flatMap((a, i) => criteria.slice(i + 1).map((b): [string, string] => [a, b]));
}

export const pairKey = (a: string, b: string) => `${a}|${b}`;

/** Saaty's value for a step: 0 → 1, +2 → 3, −2 → 1/3. */
export function stepValue(step: number): number {
  return step >= 0 ? step + 1 : 1 / (1 - step);
}

/** Most points one criterion can get: the form asks for 0–100 points per criterion. */
export const MAX_POINTS = 100;

/**
 * What is wrong with a points field: `not_number` for text that is not a number (`abc`), `out_of_range` for a
 * number outside 0–{@link MAX_POINTS} (`−5`, `1 000`); `null` for an empty field or a number in range.
 */
export function pointsProblem(text: string): 'not_number' | 'out_of_range' | null {
  const parsed = parseNumber(text);
  if (!parsed.ok) return 'not_number';
  if (parsed.value === null) return null;
  return parsed.value >= 0 && parsed.value <= MAX_POINTS ? null : 'out_of_range';
}

/**
 * Parses a points field as Norwegians type numbers (`12,5`, `1 000`); null when empty, not a number, or
 * outside 0–{@link MAX_POINTS}, so a refused value never counts in the live weights or in a save.
 */
export function parsePoints(text: string): number | null {
  if (pointsProblem(text) !== null) return null;
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
}

export function draftWeighting(
  draft: WeightingDraft,
  criteria: readonly string[],
): WeightingPerson['weighting'] {
  if (draft.method === 'points') {
    const points: Record<string, number> = {};
    for (const id of criteria) {
      const value = parsePoints(draft.points[id] ?? '');
      if (value !== null) points[id] = value;
    }
    return { method: 'points', points };
  }
  const judgements = criterionPairs(criteria).flatMap(([a, b]) => {
    const step = draft.steps[pairKey(a, b)];
    return step === undefined ? [] : [{ a, b, value: stepValue(step) }];
  });
  return { method: 'pairwise', judgements };
}

/** The person's weights as they stand, for the live display (λmax and CR for pairwise). */
export function liveWeights(draft: WeightingDraft, criteria: readonly string[]): PersonResult {
  return personWeights(criteria, {
    id: 'draft',
    role: draft.role || '-',
    weighting: draftWeighting(draft, criteria),
  });
}

function uniquePersonId(session: WeightingSession | undefined): string {
  const taken = new Set(session?.persons.map((p) => p.id) ?? []);
  let n = (session?.persons.length ?? 0) + 1;
  while (taken.has(`person-${n}`)) n++;
  return `person-${n}`;
}

/** The session id used when a criteria set gets its first weights. */
export const sessionIdFor = (criteriaSetId: string) => `vekting-${criteriaSetId}`.slice(0, 64);

/** A copy of `document` with the draft's person added to the set's session (created when missing). */
export function withPerson(
  document: CaseDocument,
  draft: WeightingDraft,
  criteria: readonly string[],
): CaseDocument {
  const sessions = document.weightingSessions;
  const existing = sessions.find((s) => s.criteriaSetId === draft.criteriaSetId);
  // Taken from the participants, so the number keeps its schema brand without a cast.
  const municipality = document.participants.find((p) => p.municipalityNumber === draft.municipalityNumber);
  const person: WeightingPerson = {
    id: uniquePersonId(existing),
    role: draft.role.trim(),
    ...(municipality ? { municipalityNumber: municipality.municipalityNumber } : {}),
    ...(draft.name.trim() === '' ? {} : { name: draft.name.trim() }),
    weighting: draftWeighting(draft, criteria),
  };
  const session: WeightingSession = existing
    ? { ...existing, persons: [...existing.persons, person] }
    : {
        id: sessionIdFor(draft.criteriaSetId),
        criteriaSetId: draft.criteriaSetId,
        aggregation: draft.aggregation,
        persons: [person],
        scores: [],
      };
  const weightingSessions = existing
    ? sessions.map((s) => (s === existing ? session : s))
    : [...sessions, session];
  return { ...document, weightingSessions };
}
