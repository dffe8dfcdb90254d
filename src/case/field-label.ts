/**
 * A path in a case document (`baseline[1].labourCost`) as the words a person reads
 * («Melhus, Lønn, regnskap og fakturering: lønnskostnad»), in bokmål, nynorsk or English. Rows are named by
 * what the document itself calls them (a baseline row by its municipality and service area, a scenario by its
 * name, a meeting by its title), never by an index; a path Flokk has no words for still reads as words.
 * Pure and lenient: the document may be invalid (a validation message names a field of a document that did
 * not parse), so everything is read defensively and nothing here throws.
 * @module
 */
import type { Language } from '../i18n/language.ts';
import {
  AGE_WORDS,
  COLLECTION_WORDS,
  FIELD_WORDS,
  PHRASES,
  VALUE_WORDS,
  fill,
  wordsFor,
} from './field-words.ts';

export type PathSegment = string | number;

/**
 * `baseline[1].ages.max` → `['baseline', 1, 'ages', 'max']`; the inverse of `formatIssuePath`.
 * @example parsePath('scenarios[0].areas[2].startYear') // → ['scenarios', 0, 'areas', 2, 'startYear']
 */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    out.push(match[1] !== undefined ? Number(match[1]) : (match[2] ?? ''));
  }
  return out;
}

type Loose = Record<string, unknown>;

function isLoose(value: unknown): value is Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Text as the document gives it: a string, or `{ nb, nn, en }` in the language (bokmål when missing). */
export function textOf(value: unknown, language: Language): string | undefined {
  if (typeof value === 'string') return value;
  if (!isLoose(value)) return undefined;
  const picked = value[language] ?? value['nb'];
  return typeof picked === 'string' ? picked : undefined;
}

function listOf(document: unknown, key: string): Loose[] {
  const list = isLoose(document) ? document[key] : undefined;
  return Array.isArray(list) ? list.filter(isLoose) : [];
}

/** A municipality's name from `participants`, or its number when the case does not list it. */
export function municipalityName(document: unknown, number: unknown): string {
  const found = listOf(document, 'participants').find((p) => p['municipalityNumber'] === number);
  return textOf(found?.['name'], 'nb') ?? String(number);
}

/** A service area's name from `serviceAreas`, or its id when the case does not list it. */
export function areaName(document: unknown, areaId: unknown, language: Language): string {
  const found = listOf(document, 'serviceAreas').find((a) => a['id'] === areaId);
  return textOf(found?.['name'], language) ?? String(areaId);
}

/**
 * «Lønnskostnad» for a known key; `someNewField` → «Some new field» for one Flokk has no words for. `parent`
 * is the key the field sits in, for the few names that depend on it (`ages.max` is «Høyeste alder»).
 */
export function fieldWord(key: string, language: Language, parent?: PathSegment): string {
  const known =
    (parent === 'ages' ? wordsFor(AGE_WORDS, key) : undefined) ??
    wordsFor(FIELD_WORDS, key) ??
    wordsFor(COLLECTION_WORDS, key);
  if (known) return known[language];
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Lower-cases a word inside a sentence, but not an abbreviation such as «FTE» or «IKT». */
function inSentence(word: string): string {
  return /^\p{Lu}\p{Ll}/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

/** «Melhus, Sentralbord» or «Melhus, Sentralbord (desentralt)». */
function baselineRowName(document: unknown, row: Loose, language: Language): string {
  const name = `${municipalityName(document, row['municipalityNumber'])}, ${areaName(document, row['areaId'], language)}`;
  return row['scope'] === 'decentral' ? `${name} ${PHRASES.decentral[language]}` : name;
}

/** What an item of a list is called: its own name or title, else what it refers to, else its number. */
function itemName(document: unknown, key: string, item: unknown, index: number, language: Language): string {
  const numbered = fill(PHRASES.numbered[language], { n: index + 1 });
  if (!isLoose(item)) return numbered;
  // A baseline row, and every other row of one area in one municipality (absence rates).
  if (
    key === 'baseline' ||
    (typeof item['areaId'] === 'string' && typeof item['municipalityNumber'] === 'string')
  ) {
    return baselineRowName(document, item, language);
  }
  const own = textOf(item['name'], language) ?? textOf(item['title'], language);
  if (own) return own;
  if (typeof item['areaId'] === 'string') {
    const area = areaName(document, item['areaId'], language);
    return key === 'documentedTotals' && item['scope'] === 'decentral'
      ? `${area} ${PHRASES.decentral[language]}`
      : area;
  }
  if (key === 'points' && typeof item['number'] === 'number') {
    return fill(PHRASES.point[language], { n: item['number'] });
  }
  const kind = typeof item['kind'] === 'string' ? wordsFor(VALUE_WORDS, item['kind']) : undefined;
  if (kind) return kind[language];
  if (typeof item['municipalityNumber'] === 'string')
    return municipalityName(document, item['municipalityNumber']);
  return numbered;
}

/** Lists whose items name themselves so plainly that the list's own word would only repeat it. */
const SELF_NAMING = new Set(['baseline', 'participants', 'serviceAreas']);

/** The words for a list item at the top, `Scenario «Felles enhet»`, and how many segments they used. */
function head(document: unknown, path: PathSegment[], language: Language): { words: string; used: number } {
  const [key, index] = path;
  if (typeof key !== 'string') return { words: PHRASES.theCase[language], used: 0 };
  // At the top a key is a list of the case (`participants` are its municipalities), not a field of an item.
  const word = wordsFor(COLLECTION_WORDS, key)?.[language] ?? fieldWord(key, language);
  if (typeof index !== 'number') return { words: word, used: 1 };
  const item = listOf(document, key)[index];
  const name = itemName(document, key, item, index, language);
  // An item without a name of its own reads «Grunnlag nr. 8», with no quotes around the number.
  if (name === fill(PHRASES.numbered[language], { n: index + 1 }))
    return { words: `${word} ${name}`, used: 2 };
  if (SELF_NAMING.has(key)) return { words: name, used: 2 };
  return { words: `${word} «${name}»`, used: 2 };
}

/** The value at `path` inside `document`, or undefined. */
export function valueAt(document: unknown, path: PathSegment[]): unknown {
  let at: unknown = document;
  for (const segment of path) {
    if (Array.isArray(at) && typeof segment === 'number') at = at[segment];
    else if (isLoose(at) && typeof segment === 'string') at = at[segment];
    else return undefined;
  }
  return at;
}

/** The words for the segments below the head: `ages`, `max` → «høyeste alder»; `sources`, `fte` → «kilde for årsverk». */
function tail(document: unknown, path: PathSegment[], from: number, language: Language): string[] {
  const parts: string[] = [];
  for (let i = from; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (segment === undefined || typeof segment === 'number') continue; // named with its list below
    if (typeof next === 'number') {
      // A list item by its own name («Lønn, regnskap og fakturering», «pkt. 2»), else «andre kostnader nr. 1».
      const item = valueAt(document, path.slice(0, i + 2));
      const name = itemName(document, segment, item, next, language);
      const numbered = name === fill(PHRASES.numbered[language], { n: next + 1 });
      parts.push(numbered ? `${fieldWord(segment, language, path[i - 1])} ${name}` : name);
      i++;
      continue;
    }
    if ((segment === 'sources' || segment === 'fieldProvenance') && typeof next === 'string') {
      const template = segment === 'sources' ? PHRASES.sourceOf : PHRASES.basisOf;
      parts.push(fill(template[language], { field: inSentence(fieldWord(next, language)) }));
      i++;
      continue;
    }
    // A sourced figure's `value` is the figure itself: «svinn», not «svinn, verdi».
    if (
      segment === 'value' &&
      next === undefined &&
      typeof path[i - 1] === 'string' &&
      path[i - 1] !== 'ages'
    )
      continue;
    // `ages.max` is the form's «Høyeste alder», not «alder, høyeste alder».
    if (segment === 'ages' && typeof next === 'string' && wordsFor(AGE_WORDS, next)) continue;
    parts.push(fieldWord(segment, language, path[i - 1]));
  }
  return parts;
}

/**
 * The words for `path` in `document`, e.g. «Melhus, Sentralbord: årsverk», «Scenario «Felles enhet»:
 * oppstartsår» or «Tittel». Never throws; an empty path is the case itself.
 * @example fieldLabel('baseline[0].fte', document, 'en') // → 'Melhus, Switchboard: FTE'
 */
export function fieldLabel(path: string, document: unknown, language: Language): string {
  const segments = parsePath(path);
  if (segments.length === 0) return PHRASES.theCase[language];
  const { words, used } = head(document, segments, language);
  const rest = tail(document, segments, used, language).map(inSentence);
  return rest.length === 0 ? words : `${words}: ${rest.join(', ')}`;
}

/**
 * Issues with the field each names in words added as `label`, from the document they were found in.
 * @example labelIssues([{ path: 'baseline[0].fte', … }], document, 'nb') // → [{ path: …, label: 'Skaun, Sentralbord: årsverk', … }]
 */
export function labelIssues<T extends { path: string }>(
  issues: readonly T[],
  document: unknown,
  language: Language,
): (T & { label: string })[] {
  return issues.map((issue) => ({ ...issue, label: fieldLabel(issue.path, document, language) }));
}
