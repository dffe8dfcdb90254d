/**
 * A legal fact: a value the engine reasons with, the sentence that states it, the paragraphs it rests on
 * and whether LAW.md marks it UNCONFIRMED.
 * @module
 */
import type { LegalReference } from './legal-reference.ts';

/**
 * A sentence in bokmål, nynorsk and English. Where the sources leave a point unconfirmed, each language says so
 * in its own words («ikke bekreftet», «ikkje stadfesta», "not confirmed").
 */
export interface Text {
  nb: string;
  nn: string;
  en: string;
}

export interface LegalFact<T> {
  value: T;
  text: Text;
  references: readonly LegalReference[];
  /** LAW.md marks the fact (or a part the value depends on) UNCONFIRMED: check before relying on it. */
  unconfirmed: boolean;
}

/**
 * Builds a confirmed fact.
 * @example fact('no', { nb: 'Nei', en: 'No' }, [ref('kommuneloven', '§ 20-1', 'S1a')])
 */
export function fact<T>(value: T, text: Text, references: readonly LegalReference[]): LegalFact<T> {
  return { value, text, references, unconfirmed: false };
}

/** Builds a fact that LAW.md marks UNCONFIRMED. */
export function unconfirmedFact<T>(
  value: T,
  text: Text,
  references: readonly LegalReference[],
): LegalFact<T> {
  return { value, text, references, unconfirmed: true };
}
