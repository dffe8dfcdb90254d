/**
 * A cost key choice as the editor holds it: the key and the options each key reads (population: the
 * reference date; volume: the measure; hybrid: the share split equally and the key for the rest).
 * @module
 */
import type { z } from 'zod';
import { SIMPLE_KEY_IDS, type CostKeyChoice } from '../../../case/schema/scenario.ts';
import { ALLOCATION_METHOD_IDS } from '../../../engine/games/allocation-method-ids.ts';
import { fromInput, toInput } from './distribution-draft.ts';

export type KeyId = z.infer<typeof CostKeyChoice>['keyId'];
/** The keys a hybrid key's rest may use: the simple keys but hybrid. */
export type RestKeyId = Exclude<(typeof SIMPLE_KEY_IDS)[number], 'hybrid'>;

export interface KeyDraft {
  keyId: KeyId;
  /** Population key: ISO date, or empty for the latest date every participant has. */
  referenceDate: string;
  /** Volume key (or a hybrid's volume rest): the measure, e.g. `lønnsslipper`. */
  measure: string;
  /** Hybrid key: the share split equally, in percent. */
  fixedShare: string;
  /** Hybrid key: the key for the rest. */
  restKeyId: RestKeyId;
}

/** The simple keys, then the allocation methods (applied to the area's coalition costs). */
export const KEY_IDS: readonly KeyId[] = [...SIMPLE_KEY_IDS, ...ALLOCATION_METHOD_IDS];
const SIMPLE: readonly string[] = SIMPLE_KEY_IDS;

export function isKeyId(value: string): value is KeyId {
  return (KEY_IDS as readonly string[]).includes(value);
}

/** True for an allocation method (nucleolus, Shapley, …) rather than a simple key. */
export function isMethodKeyId(value: string): boolean {
  return isKeyId(value) && !SIMPLE.includes(value);
}

export function isRestKeyId(value: string): value is RestKeyId {
  return value !== 'hybrid' && SIMPLE.includes(value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Options are free-form in the schema (each key checks its own); anything but an object reads as none. */
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries<unknown>(Object.entries(value))
    : {};
}

export function keyDraft(choice: z.infer<typeof CostKeyChoice>): KeyDraft {
  const options = choice.options ?? {};
  const restChoice = record(options['rest']);
  const restOptions = record(restChoice['options']);
  const restKeyId = text(restChoice['keyId']);
  const fixedShare = options['fixedShare'];
  return {
    keyId: choice.keyId,
    referenceDate: text(options['referenceDate']) || text(restOptions['referenceDate']),
    measure: text(options['measure']) || text(restOptions['measure']),
    fixedShare: typeof fixedShare === 'number' ? toInput(fixedShare, 'percent') : '',
    restKeyId: isRestKeyId(restKeyId) ? restKeyId : 'population',
  };
}

/** What the key form requires before `parseCase`: a measure for volume, a readable fixed share for hybrid. */
export type KeyIssue = {
  field: 'options.measure' | 'options.fixedShare';
  kind: 'required' | 'invalidNumber';
};

function simpleOptions(keyId: RestKeyId, draft: KeyDraft): Record<string, unknown> | undefined {
  if (keyId === 'population' && draft.referenceDate !== '') return { referenceDate: draft.referenceDate };
  if (keyId === 'volume') return { measure: draft.measure.trim() };
  return undefined;
}

/** The key choice for the document, and what is missing. */
export function buildKey(draft: KeyDraft): { choice: unknown; issues: KeyIssue[] } {
  const issues: KeyIssue[] = [];
  const usesVolume = draft.keyId === 'volume' || (draft.keyId === 'hybrid' && draft.restKeyId === 'volume');
  if (usesVolume && draft.measure.trim() === '') issues.push({ field: 'options.measure', kind: 'required' });
  if (isMethodKeyId(draft.keyId)) return { choice: { keyId: draft.keyId }, issues };
  if (draft.keyId !== 'hybrid') {
    const options = isRestKeyId(draft.keyId) ? simpleOptions(draft.keyId, draft) : undefined;
    return { choice: options ? { keyId: draft.keyId, options } : { keyId: draft.keyId }, issues };
  }
  const fixedShare = fromInput(draft.fixedShare, 'percent');
  if (fixedShare === undefined) issues.push({ field: 'options.fixedShare', kind: 'invalidNumber' });
  if (fixedShare === null) issues.push({ field: 'options.fixedShare', kind: 'required' });
  const restOptions = simpleOptions(draft.restKeyId, draft);
  const rest = restOptions ? { keyId: draft.restKeyId, options: restOptions } : { keyId: draft.restKeyId };
  return {
    choice: { keyId: 'hybrid', options: { fixedShare: fixedShare ?? draft.fixedShare, rest } },
    issues,
  };
}
