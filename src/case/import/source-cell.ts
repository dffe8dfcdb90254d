/**
 * A figure's source in one cell of the template, and back. A document source is written «kilde-id: plassering»
 * (the place in it, and «(dato)» when the source dates the figure); an own value «Egen verdi – Kari Nordmann,
 * 2026-03-01». The rule on import, so that a source never vouches for a figure it does not give:
 * - a figure that is unchanged and whose source cell is unchanged keeps its source exactly as it was;
 * - a figure that changed while its source cell did not becomes the importer's own value («Egen verdi –
 *   importert av …», with a note naming the file): the old document does not say the new figure;
 * - a source cell that changed is read as the new source (a source id of the case and a place, or «Egen verdi»);
 * - a new or changed figure without any source becomes the importer's own value, since the importer entered it;
 * - an emptied figure drops its source.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { LANGUAGES } from '../../i18n/language.ts';
import { sameValue, type FigureValue } from '../baseline-field-source.ts';
import type { FigureSource } from '../schema/baseline.ts';
import { normalizeWord } from './sheet-layout.ts';

const OWN_VALUE: Record<Language, string> = { nb: 'Egen verdi', nn: 'Eigen verdi', en: 'Own value' };
const IMPORTED: Record<Language, string> = {
  nb: 'Importert fra regnearket',
  nn: 'Importert frå reknearket',
  en: 'Imported from the spreadsheet',
};

/** The cell text of a source, in `language`; empty for none. */
export function sourceCellText(source: FigureSource | undefined, language: Language): string {
  if (source === undefined) return '';
  if ('entered' in source)
    return `${OWN_VALUE[language]} – ${source.entered.by}, ${source.entered.at.slice(0, 10)}`;
  const place = source.locator === undefined ? source.document : `${source.document}: ${source.locator}`;
  return source.date === undefined ? place : `${place} (${source.date})`;
}

/** The same source in any language's words, so a workbook written in nynorsk reads back against bokmål. */
function sameCellText(cell: string, source: FigureSource | undefined): boolean {
  const wanted = normalizeWord(cell);
  return LANGUAGES.some((language) => normalizeWord(sourceCellText(source, language)) === wanted);
}

/** Who imports, when, and from which file: the own-value mark the importer's figures get. */
export interface ImportEntry {
  by: string;
  at: string;
  fileName?: string | undefined;
}

/** The own value the importer's figure gets, its note naming the file. */
export function importedOwnValue(entry: ImportEntry, language: Language): FigureSource {
  const note = entry.fileName ? `${IMPORTED[language]} «${entry.fileName}»` : IMPORTED[language];
  return { entered: { by: entry.by, at: entry.at }, note };
}

export type SourceRead =
  | { ok: true; source: FigureSource | undefined }
  | { ok: false; code: 'source_format' | 'unknown_source'; value: string };

const DOCUMENT_SOURCE = /^([a-z0-9][a-z0-9-]{0,63})(?:\s*:\s*(.*?))?(?:\s*\((\d{4}-\d{2}(?:-\d{2})?)\))?$/s;

/** A source cell a person wrote, as a source: an own value, or a document the case lists and a place in it. */
function parseSourceCell(
  cell: string,
  sourceIds: ReadonlySet<string>,
  entry: ImportEntry,
  language: Language,
): SourceRead {
  const text = cell.trim();
  if (LANGUAGES.some((l) => normalizeWord(text).startsWith(normalizeWord(OWN_VALUE[l]))))
    return { ok: true, source: importedOwnValue(entry, language) };
  const match = DOCUMENT_SOURCE.exec(text);
  if (!match || match[1] === undefined) return { ok: false, code: 'source_format', value: text };
  if (!sourceIds.has(match[1])) return { ok: false, code: 'unknown_source', value: match[1] };
  const locator = match[2]?.trim();
  return {
    ok: true,
    source: {
      document: match[1],
      ...(locator ? { locator } : {}),
      ...(match[3] ? { date: match[3] } : {}),
    },
  };
}

/**
 * The source a figure gets from the workbook, by the rules above. `before` is the same row in the current
 * revision (`undefined` for a new row).
 */
export function importedSource(
  input: {
    cell: string | undefined;
    value: FigureValue;
    before: { value: FigureValue; source: FigureSource | undefined } | undefined;
  },
  sourceIds: ReadonlySet<string>,
  entry: ImportEntry,
  language: Language,
): SourceRead {
  const { cell, value, before } = input;
  const changed = before === undefined || !sameValue(before.value, value);
  if (value === null && changed) {
    // An emptied figure has no source to keep; a new source for nothing is still read, to report a bad one.
    if (cell === undefined || (before !== undefined && sameCellText(cell, before.source)))
      return { ok: true, source: undefined };
    const read = parseSourceCell(cell, sourceIds, entry, language);
    return read.ok ? { ok: true, source: undefined } : read;
  }
  if (before !== undefined && cell !== undefined && sameCellText(cell, before.source)) {
    return { ok: true, source: changed ? importedOwnValue(entry, language) : before.source };
  }
  if (cell === undefined) {
    if (before !== undefined && before.source === undefined && !changed)
      return { ok: true, source: undefined };
    return { ok: true, source: changed ? importedOwnValue(entry, language) : undefined };
  }
  const read = parseSourceCell(cell, sourceIds, entry, language);
  // «Egen verdi» on an unchanged own value keeps who entered it and when.
  if (
    read.ok &&
    read.source &&
    'entered' in read.source &&
    !changed &&
    before?.source &&
    'entered' in before.source
  )
    return { ok: true, source: before.source };
  return read;
}
