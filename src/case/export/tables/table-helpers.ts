/**
 * What every export table shares: the scenario a table is for, municipality and area names, the words in the
 * reader's language, and the «Kilder» rows (placeholders, decisions and source documents) a table's figures
 * rest on. Pure; the builders beside it read their figures from the views the pages use.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import { localize } from '../../process/localize.ts';
import type { PlaceholderUse } from '../../scenario/scenario-placeholders.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { Scenario } from '../../schema/scenario.ts';
import type { ExportContext, ExportSource } from '../export-table.ts';

/** The text in the reader's language. */
export function say<T>(language: Language, texts: Record<Language, T>): T {
  return texts[language];
}

/** The scenario the table is for: the one asked for, else the case's first; null when there is none. */
export function chosenScenario(document: CaseDocument, context: ExportContext): Scenario | null {
  if (context.scenarioId === undefined) return document.scenarios[0] ?? null;
  return document.scenarios.find((s) => s.id === context.scenarioId) ?? null;
}

/** The municipality's name; its number only if the case does not name it (a case always does). */
export function municipalityName(document: CaseDocument, municipalityNumber: string): string {
  return (
    document.participants.find((p) => p.municipalityNumber === municipalityNumber)?.name ?? municipalityNumber
  );
}

export function areaName(document: CaseDocument, areaId: string, language: Language): string {
  const area = document.serviceAreas.find((a) => a.id === areaId);
  return area ? localize(area.name, language) : areaId;
}

/** Municipality numbers in the case's order, limited to those present in `ids`. */
export function inCaseOrder(document: CaseDocument, ids: Iterable<string>): string[] {
  const present = new Set(ids);
  return document.participants.map((p) => p.municipalityNumber).filter((n) => present.has(n));
}

const TO_BE_SET = { nb: 'Skal fastsettes av', nn: 'Skal fastsetjast av', en: 'To be set by' };

/** One «Kilder» row per placeholder the figures use, with who ought to set it. */
export function placeholderSources(
  placeholders: readonly PlaceholderUse[],
  sheetName: string,
  language: Language,
): ExportSource[] {
  const seen = new Set<string>();
  return placeholders.flatMap((p) => {
    if (seen.has(p.label)) return [];
    seen.add(p.label);
    const who = p.toBeSetBy === null ? null : `${say(language, TO_BE_SET)} ${p.toBeSetBy}`;
    return [
      {
        kind: 'placeholder' as const,
        label: p.label,
        detail: [who, p.note].filter((part): part is string => part !== null && part !== '').join('. '),
        usedIn: [sheetName],
      },
    ];
  });
}

const BUILT_ON = {
  nb: 'Bygger på plassholdere (forutsetninger ingen har fastsatt ennå)',
  nn: 'Byggjer på plasshaldarar (føresetnader ingen har fastsett enno)',
  en: 'Rests on placeholders (assumptions nobody has set yet)',
};

/** «Bygger på plassholdere: …» when the table rests on any, else nothing. */
export function placeholderNote(placeholders: readonly { label: string }[], language: Language): string[] {
  if (placeholders.length === 0) return [];
  const labels = [...new Set(placeholders.map((p) => p.label))];
  return [`${say(language, BUILT_ON)}: ${labels.join('; ')}.`];
}

const MISSING_NOTE = {
  nb: '«..» betyr at kildene ikke gir tallet (ikke null).',
  nn: '«..» tyder at kjeldene ikkje gir talet (ikkje null).',
  en: '«..» means the sources do not give the figure (not zero).',
};

/** What `..` means, for any table that can hold a figure the sources do not give. */
export function missingNote(language: Language): string {
  return say(language, MISSING_NOTE);
}

const POINT = { nb: 'punkt', nn: 'punkt', en: 'point' };

type Found =
  | { kind: 'source'; document: string; locator: string | null }
  | { kind: 'decision'; resolutionId: string; point: number }
  | { kind: 'own-value'; by: string; at: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One reference, if `value` is one: a source reference (`{ document, locator }`), a decision, or an own value. */
function referenceIn(value: Record<string, unknown>): Found | null {
  const { document, locator, decision, entered } = value;
  if (typeof document === 'string')
    return { kind: 'source', document, locator: typeof locator === 'string' ? locator : null };
  if (
    isRecord(decision) &&
    typeof decision['resolutionId'] === 'string' &&
    typeof decision['point'] === 'number'
  )
    return { kind: 'decision', resolutionId: decision['resolutionId'], point: decision['point'] };
  if (isRecord(entered) && typeof entered['by'] === 'string' && typeof entered['at'] === 'string')
    return { kind: 'own-value', by: entered['by'], at: entered['at'] };
  return null;
}

/** Every source reference, decision and own value in a part of the document, walked as plain data. */
function provenanceIn(value: unknown, out: Found[]): Found[] {
  if (Array.isArray(value)) {
    for (const item of value) provenanceIn(item, out);
    return out;
  }
  if (!isRecord(value)) return out;
  const found = referenceIn(value);
  if (found) out.push(found);
  for (const child of Object.values(value)) provenanceIn(child, out);
  return out;
}

const OWN_VALUE = {
  nb: 'Egen verdi, lagt inn av',
  nn: 'Eigen verdi, lagd inn av',
  en: 'Own value, entered by',
};

/**
 * The source documents (with the places in them), the decisions and the editors' own values that a part of the document cites, one
 * row each; a reference to a document or resolution the case does not hold is left out (the case's own
 * integrity check reports it).
 */
export function citedSources(
  document: CaseDocument,
  part: unknown,
  sheetName: string,
  language: Language,
): ExportSource[] {
  const rows = new Map<string, ExportSource>();
  for (const found of provenanceIn(part, [])) {
    if (found.kind === 'source') {
      const cited = document.sources.find((s) => s.id === found.document);
      if (!cited) continue;
      const key = `source:${cited.id}:${found.locator ?? ''}`;
      if (!rows.has(key))
        rows.set(key, {
          kind: 'source',
          label: cited.title,
          detail: found.locator ?? '',
          usedIn: [sheetName],
        });
    } else if (found.kind === 'own-value') {
      const key = `own:${found.by}:${found.at}`;
      if (!rows.has(key))
        rows.set(key, {
          kind: 'own-value',
          label: `${say(language, OWN_VALUE)} ${found.by}`,
          detail: found.at.slice(0, 10),
          usedIn: [sheetName],
        });
    } else {
      const resolution = document.resolutions.find((r) => r.id === found.resolutionId);
      if (!resolution) continue;
      const key = `decision:${resolution.id}:${found.point}`;
      if (!rows.has(key))
        rows.set(key, {
          kind: 'decision',
          label: localize(resolution.title, language),
          detail: `${say(language, POINT)} ${found.point}`,
          usedIn: [sheetName],
        });
    }
  }
  return [...rows.values()];
}

/** A measured quantity (FTE, expected persons, a share) without float noise; null stays null. */
export function measured(value: number | null | undefined, decimals = 3): number | null {
  if (value === null || value === undefined) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}
