/**
 * A municipality's name as it reads in an address: «Midtre Gauldal» → `midtre-gauldal`, so the decision page's
 * link says `?kommune=melhus` rather than a number a reader cannot recognise.
 * @module
 */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** @example municipalitySlug('Midtre Gauldal') // → 'midtre-gauldal' */
export function municipalitySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
