/**
 * What every section of an agreement draft reads (the case, the model's terms, the chosen scenario, the
 * language) and the small pieces they share: a placeholder, a municipality's name, a section's result.
 * @module
 */
import type { Block, Inline } from '../document/document-model.ts';
import type { Scenario } from '../schema/scenario.ts';
import type { AgreementModelId, AgreementPointId, NbNn } from './agreement-points.ts';
import type { AgreementCase, AgreementTerms } from './agreement-terms.ts';

export type AgreementLanguage = 'nb' | 'nn';

export interface AgreementContext {
  document: AgreementCase;
  model: AgreementModelId;
  language: AgreementLanguage;
  terms: AgreementTerms | undefined;
  scenario: Scenario | undefined;
}

/** A point the section fills, or the reason it cannot. */
export type Fill = { present: true } | { present: false; reason: string };

export interface Section {
  heading: string;
  blocks: Block[];
  fills: Partial<Record<AgreementPointId, Fill>>;
}

export type SectionBuilder = (context: AgreementContext) => Section;

/** The text in the draft's language. */
export function say(context: AgreementContext, words: NbNn): string {
  return words[context.language];
}

/**
 * A visible placeholder for a term the case does not hold, credited to no one.
 * @example placeholderInline('nb', 'vertskommune') // → { text: '[Plassholder – ikke fastsatt: vertskommune]', placeholder: true }
 */
export function placeholderInline(language: AgreementLanguage, what: string): Inline {
  const mark = language === 'nb' ? 'Plassholder – ikke fastsatt' : 'Plasshaldar – ikkje fastsett';
  return { text: `[${mark}: ${what}]`, placeholder: true };
}

/** The reason a point is missing: the term is not in the case. */
export function notInCase(context: AgreementContext, what: NbNn): Fill {
  const lead = { nb: 'Saken fastsetter ikke', nn: 'Saka fastset ikkje' };
  return { present: false, reason: `${say(context, lead)}: ${say(context, what)}` };
}

export const PRESENT: Fill = { present: true };

/** Present when every part is; else missing, naming each part the case does not hold. */
export function combineFills(context: AgreementContext, parts: readonly { fill: Fill; what: NbNn }[]): Fill {
  const missing = parts.filter((p) => !p.fill.present);
  if (missing.length === 0) return PRESENT;
  const what = (language: AgreementLanguage) => missing.map((p) => p.what[language]).join('; ');
  return notInCase(context, { nb: what('nb'), nn: what('nn') });
}

/** A plain paragraph of inlines (strings become plain text). */
export function paragraph(...content: (string | Inline)[]): Block {
  return { kind: 'paragraph', content: content.map((c) => (typeof c === 'string' ? { text: c } : c)) };
}

/** «Skaun kommune», or the number where the case has no participant with it. */
export function municipalityName(context: AgreementContext, municipalityNumber: string): string {
  const participant = context.document.participants.find((p) => p.municipalityNumber === municipalityNumber);
  return participant ? `${participant.name} kommune` : municipalityNumber;
}

/**
 * A term's text where the case holds it, else a placeholder, with the point's fill.
 * @example termInline(context, undefined, { nb: 'oppløsning', nn: 'oppløysing' }) // → placeholder, missing
 */
export function termInline(
  context: AgreementContext,
  value: string | undefined,
  what: NbNn,
): { inline: Inline; fill: Fill } {
  if (value !== undefined) return { inline: { text: value }, fill: PRESENT };
  return { inline: placeholderInline(context.language, say(context, what)), fill: notInCase(context, what) };
}

/** One line per participant for a count or share held per municipality; placeholders where absent. */
export function perParticipantItems(
  context: AgreementContext,
  values: Readonly<Record<string, number>> | undefined,
  format: (value: number) => string,
  what: NbNn,
): { items: Inline[][]; fill: Fill } {
  const items = context.document.participants.map((p) => {
    const value = values?.[p.municipalityNumber];
    const head = { text: `${municipalityName(context, p.municipalityNumber)}: ` };
    return [
      head,
      value === undefined ? placeholderInline(context.language, say(context, what)) : { text: format(value) },
    ];
  });
  const complete = context.document.participants.every((p) => values?.[p.municipalityNumber] !== undefined);
  return { items, fill: complete ? PRESENT : notInCase(context, what) };
}
