/**
 * A value of a case document as the pages show it: `5 200 000 kr`, `17,6` årsverk, `10.3.2026`, `59–66 år`,
 * a source as its title and place, a placeholder as «plassholder – ikke fastsatt», a decision as
 * «vedtak … pkt. 2»; an object as its fields in words. Never JSON. Pure; never throws.
 * @module
 */
import { MISSING, formatFte, formatNok, formatNumber, formatPlanDate } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import { areaName, fieldWord, municipalityName, parsePath, textOf, type PathSegment } from './field-label.ts';
import { NOK_FIELDS, PHRASES, VALUE_WORDS, YEAR_FIELDS, fill, wordsFor } from './field-words.ts';

type Loose = Record<string, unknown>;

/** Longest value text; a whole added list reads as its start. */
const MAX_CHARS = 400;
/** How deep an object is spelled out before it reads «…». */
const MAX_DEPTH = 3;
/** Keys of an uncertain figure that carry the figure's own unit (a `low` kroner amount is kroner). */
const FIGURE_KEYS = new Set(['value', 'low', 'mode', 'high', 'mean', 'sd', 'min', 'max']);

function isLoose(value: unknown): value is Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The field a value belongs to: the last named segment, looking past `[2]` and past `value`/`low`/`high`. */
function fieldOf(path: PathSegment[]): string {
  const named = path.filter((segment): segment is string => typeof segment === 'string');
  const last = named.at(-1) ?? '';
  const before = named.at(-2);
  if (FIGURE_KEYS.has(last) && before !== undefined && before !== 'ages' && NOK_FIELDS.has(before))
    return before;
  return last;
}

function formatNumberFor(field: string, value: number, language: Language): string {
  if (field === 'fte') return formatFte(value, language);
  if (NOK_FIELDS.has(field)) return formatNok(value, language);
  if (YEAR_FIELDS.has(field)) return String(value);
  return formatNumber(value, Number.isInteger(value) ? 0 : 2, language);
}

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function formatString(value: string, language: Language): string {
  if (DATE.test(value)) return formatPlanDate(value, language);
  return wordsFor(VALUE_WORDS, value)?.[language] ?? value;
}

/** A source reference as the pages cite it: «Saksframlegg 2025, tabell 3, per 1.1.2025». */
function formatSourceRef(ref: Loose, document: unknown, language: Language): string {
  const sources = isLoose(document) && Array.isArray(document['sources']) ? document['sources'] : [];
  const found: unknown = sources.find((s: unknown) => isLoose(s) && s['id'] === ref['document']);
  const title = (isLoose(found) ? textOf(found['title'], language) : undefined) ?? String(ref['document']);
  const parts = [title];
  if (typeof ref['locator'] === 'string') parts.push(ref['locator']);
  if (typeof ref['date'] === 'string') {
    parts.push(fill(PHRASES.asOf[language], { date: formatPlanDate(ref['date'], language) }));
  }
  return parts.join(', ');
}

/** «vedtak Kommunestyret i Melhus 2026 pkt. 2». */
function formatDecision(decision: Loose, document: unknown, language: Language): string {
  const resolutions =
    isLoose(document) && Array.isArray(document['resolutions']) ? document['resolutions'] : [];
  const found: unknown = resolutions.find((r: unknown) => isLoose(r) && r['id'] === decision['resolutionId']);
  const title =
    (isLoose(found) ? textOf(found['title'], language) : undefined) ?? String(decision['resolutionId']);
  return fill(PHRASES.decision[language], { resolution: title, point: String(decision['point']) });
}

function formatPlaceholder(placeholder: Loose, language: Language): string {
  const role = placeholder['toBeSetBy'];
  const words = PHRASES.placeholder[language];
  return typeof role === 'string' ? `${words} (${fill(PHRASES.toBeSetBy[language], { role })})` : words;
}

function formatAges(ages: Loose, language: Language): string | undefined {
  if (ages['kind'] === 'range')
    return fill(PHRASES.ageRange[language], { min: String(ages['min']), max: String(ages['max']) });
  if (ages['kind'] === 'single') return fill(PHRASES.ageSingle[language], { value: String(ages['value']) });
  if (ages['kind'] === 'bands' && Array.isArray(ages['bands'])) {
    return ages['bands']
      .filter(isLoose)
      .map((band) => fill(PHRASES.ageBand[language], band as Record<string, number>))
      .join('; ');
  }
  return undefined;
}

/** True when `value` has some of `keys` and nothing else: a source reference is not a milestone with a source. */
function only(value: Loose, keys: string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** Objects with a meaning of their own: text in three languages, ages, sources, provenance. */
function formatKnownObject(
  value: Loose,
  field: string,
  document: unknown,
  language: Language,
): string | undefined {
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => key === 'nb' || key === 'nn' || key === 'en')) {
    return textOf(value, language);
  }
  if (
    field === 'ages' ||
    (typeof value['kind'] === 'string' && ['range', 'single', 'bands'].includes(value['kind']))
  ) {
    const ages = formatAges(value, language);
    if (ages) return ages;
  }
  if (typeof value['document'] === 'string' && only(value, ['document', 'locator', 'date'])) {
    return formatSourceRef(value, document, language);
  }
  if (isLoose(value['source']) && only(value, ['source', 'note'])) {
    return formatSourceRef(value['source'], document, language);
  }
  if (isLoose(value['decision']) && only(value, ['decision', 'note'])) {
    return formatDecision(value['decision'], document, language);
  }
  if (isLoose(value['placeholder']) && only(value, ['placeholder'])) {
    return formatPlaceholder(value['placeholder'], language);
  }
  return undefined;
}

function format(
  path: PathSegment[],
  value: unknown,
  document: unknown,
  language: Language,
  depth: number,
): string {
  if (value === undefined) return PHRASES.none[language];
  if (value === null) return MISSING;
  const field = fieldOf(path);
  if (typeof value === 'number') return formatNumberFor(field, value, language);
  if (typeof value === 'string') {
    // References read as what they name: «Melhus», «Sentralbord».
    if (field === 'areaId') return areaName(document, value, language);
    if (field === 'municipalityNumber' || field === 'municipality') {
      const name = municipalityName(document, value);
      return name === value ? value : `${name} (${value})`;
    }
    return formatString(value, language);
  }
  if (typeof value === 'boolean') return value ? PHRASES.yes[language] : PHRASES.no[language];
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    if (value.length === 0) return PHRASES.none[language];
    return value.map((item, i) => format([...path, i], item, document, language, depth + 1)).join('; ');
  }
  if (!isLoose(value)) return String(value);
  const known = formatKnownObject(value, field, document, language);
  if (known !== undefined) return known;
  return Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .map(
      ([key, inner]) =>
        `${fieldWord(key, language)}: ${format([...path, key], inner, document, language, depth + 1)}`,
    )
    .join('; ');
}

/**
 * The value at `path` as the pages show it, in `language`; `document` names what the value refers to
 * (a source's title, a resolution's title).
 * @example formatFieldValue('baseline[0].labourCost', 5_200_000, document, 'nb') // → '5 200 000 kr'
 */
export function formatFieldValue(
  path: string,
  value: unknown,
  document: unknown,
  language: Language,
): string {
  const text = format(parsePath(path), value, document, language, 0);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
