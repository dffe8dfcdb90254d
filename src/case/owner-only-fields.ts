/**
 * Parts of the case document that only an owner may change, because they decide what the world sees: what
 * is published on the public status page, and how to contact the project there. The server refuses a save
 * by anyone else that changes them, whatever else the save contains.
 * @module
 */
import type { Language } from '../i18n/language.ts';
import { diffDocuments } from './diff.ts';
import type { CaseDocument } from './schema/case-document.ts';

/** Each owner-only part, with its name as the owner's settings label it. */
export const OWNER_ONLY_FIELDS = {
  publication: {
    nb: 'Publisering på den offentlige statussiden',
    nn: 'Publisering på den offentlege statussida',
    en: 'Publication on the public status page',
  },
} as const satisfies Partial<Record<keyof CaseDocument, Record<Language, string>>>;

export type OwnerOnlyField = keyof typeof OWNER_ONLY_FIELDS;

/** The owner-only parts that differ between two documents (after validation, so defaults are filled in). */
export function changedOwnerOnlyFields(before: CaseDocument, after: CaseDocument): OwnerOnlyField[] {
  return (Object.keys(OWNER_ONLY_FIELDS) as OwnerOnlyField[]).filter(
    (field) => diffDocuments(before[field], after[field], 1).length > 0,
  );
}

/** A sentence naming the owner-only parts a non-owner tried to change. */
export function ownerOnlyMessage(fields: readonly OwnerOnlyField[], language: Language): string {
  const names = fields.map((field) => OWNER_ONLY_FIELDS[field][language]).join(', ');
  return {
    nb: `Bare eiere av saken kan endre dette: ${names}. Ingenting er lagret.`,
    nn: `Berre eigarar av saka kan endre dette: ${names}. Ingenting er lagra.`,
    en: `Only owners of the case can change this: ${names}. Nothing was saved.`,
  }[language];
}
