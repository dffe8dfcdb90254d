/**
 * What an import would change, against the current revision, in the words the pages use: rows added and
 * removed (a removed row is listed, never dropped silently), and each changed field with its value before and
 * after. A figure that changed together with its source is one change, its new source beside it
 * («Egen verdi – importert av Kari Nordmann»); a source that changed alone is a change of its own.
 * @module
 */
import { MISSING, formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { sameValue } from '../baseline-field-source.ts';
import { diffDocuments } from '../diff.ts';
import { fieldLabel, municipalityName, areaName, textOf } from '../field-label.ts';
import { formatFieldValue } from '../field-value.ts';
import type { BaselineRow, FigureSource, SourcedField } from '../schema/baseline.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { baselineKey } from './import-baseline-sheet.ts';
import { formatTime } from './cells.ts';
import { CHOICES, type SheetId } from './sheet-layout.ts';

export interface ImportChange {
  kind: 'added' | 'removed' | 'changed';
  sheet: SheetId;
  /** The row in words: «Melhus, Sentralbord», «Melhus, mandag 08:00». */
  row: string;
  /** The field as the form labels it («årsverk»); `null` for a whole row added or removed. */
  field: string | null;
  /** Where in the case document (for programs): `baseline[3].fte`. */
  path: string;
  beforeText: string;
  afterText: string;
  /** The changed figure's new source in words, where the import gave it one. */
  sourceText?: string;
}

const OWN: Record<Language, string> = {
  nb: 'Egen verdi – importert av {by}',
  nn: 'Eigen verdi – importert av {by}',
  en: 'Own value – imported by {by}',
};

/** A figure's source in words: the document and place, or whose own value it is. */
export function sourceWords(
  source: FigureSource | undefined,
  path: string,
  document: CaseDocument,
  language: Language,
): string {
  if (source === undefined) return formatFieldValue(path, undefined, document, language);
  if ('entered' in source) return OWN[language].replace('{by}', source.entered.by);
  const { document: id, locator, date } = source;
  return formatFieldValue(
    path,
    { document: id, ...(locator ? { locator } : {}), ...(date ? { date } : {}) },
    document,
    language,
  );
}

const FIELDS = ['figureBasis', 'fte', 'headcount', 'labourCost', 'ages', 'otherCosts', 'notes'] as const;
const SOURCED = new Set<string>(['fte', 'headcount', 'labourCost', 'ages']);

function fieldPart(label: string, row: string): string {
  return label.startsWith(`${row}: `) ? label.slice(row.length + 2) : label;
}

/** «Årsverk 6,2 · lønnskostnad 5 500 000 kr»: what a whole row added or removed holds. */
function rowSummary(path: string, row: BaselineRow, document: CaseDocument, language: Language): string {
  return (['fte', 'headcount', 'labourCost', 'ages'] as const)
    .map(
      (field) =>
        `${fieldPart(fieldLabel(`${path}.${field}`, document, language), fieldLabel(path, document, language))} ${formatFieldValue(`${path}.${field}`, row[field], document, language)}`,
    )
    .join(' · ');
}

function baselineChanges(before: CaseDocument, after: CaseDocument, language: Language): ImportChange[] {
  const changes: ImportChange[] = [];
  const afterIndex = new Map(after.baseline.map((row, index) => [baselineKey(row), index]));
  const beforeIndex = new Map(before.baseline.map((row, index) => [baselineKey(row), index]));
  before.baseline.forEach((old, i) => {
    const path = `baseline[${i}]`;
    const j = afterIndex.get(baselineKey(old));
    if (j === undefined) {
      changes.push({
        kind: 'removed',
        sheet: 'baseline',
        row: fieldLabel(path, before, language),
        field: null,
        path,
        beforeText: rowSummary(path, old, before, language),
        afterText: '',
      });
      return;
    }
    const now = after.baseline[j];
    if (!now) return;
    const newPath = `baseline[${j}]`;
    const row = fieldLabel(newPath, after, language);
    for (const field of FIELDS) {
      if (diffDocuments(old[field] ?? null, now[field] ?? null, 1).length === 0) continue;
      const fieldPath = `${newPath}.${field}`;
      const change: ImportChange = {
        kind: 'changed',
        sheet: 'baseline',
        row,
        field: fieldPart(fieldLabel(fieldPath, after, language), row),
        path: fieldPath,
        beforeText: formatFieldValue(`${path}.${field}`, old[field], before, language),
        afterText: formatFieldValue(fieldPath, now[field], after, language),
      };
      if (SOURCED.has(field)) {
        const source = now.sources[field as SourcedField];
        if (diffDocuments(old.sources[field as SourcedField] ?? null, source ?? null, 1).length > 0)
          change.sourceText = sourceWords(source, `${newPath}.sources.${field}`, after, language);
      }
      changes.push(change);
    }
    for (const field of ['fte', 'headcount', 'labourCost', 'ages'] as const) {
      // A source that changed while its figure did not.
      if (!sameValue(old[field], now[field])) continue;
      const a = old.sources[field];
      const b = now.sources[field];
      if (diffDocuments(a ?? null, b ?? null, 1).length === 0) continue;
      const sourcePath = `${newPath}.sources.${field}`;
      changes.push({
        kind: 'changed',
        sheet: 'baseline',
        row,
        field: fieldPart(fieldLabel(sourcePath, after, language), row),
        path: sourcePath,
        beforeText: sourceWords(a, `${path}.sources.${field}`, before, language),
        afterText: sourceWords(b, sourcePath, after, language),
      });
    }
  });
  after.baseline.forEach((now, j) => {
    if (beforeIndex.has(baselineKey(now))) return;
    const path = `baseline[${j}]`;
    const change: ImportChange = {
      kind: 'added',
      sheet: 'baseline',
      row: fieldLabel(path, after, language),
      field: null,
      path,
      beforeText: '',
      afterText: rowSummary(path, now, after, language),
    };
    changes.push(change);
  });
  return changes;
}

type Keyed = Map<string, { value: number | null; row: string; field: string; path: string }>;

function volumeEntries(document: CaseDocument, language: Language): Keyed {
  const out: Keyed = new Map();
  document.scenarios.forEach((scenario, s) => {
    scenario.areas.forEach((area, a) => {
      for (const [municipality, measures] of Object.entries(area.volumes)) {
        for (const [measure, value] of Object.entries(measures)) {
          const row = `${textOf(scenario.name, language) ?? scenario.id}, ${areaName(document, area.areaId, language)}, ${municipalityName(document, municipality)}`;
          out.set(`${scenario.id}|${area.areaId}|${municipality}|${measure}`, {
            value,
            row,
            field: measure,
            path: `scenarios[${s}].areas[${a}].volumes.${municipality}.${measure}`,
          });
        }
      }
    });
  });
  return out;
}

const CALLS: Record<Language, string> = { nb: 'anrop', nn: 'anrop', en: 'calls' };

function callEntries(document: CaseDocument, language: Language): Keyed {
  const out: Keyed = new Map();
  document.people.switchboard.municipalities.forEach((entry, m) => {
    (entry.calls ?? []).forEach((call, k) => {
      const day = CHOICES.weekday[String(call.weekday)]?.[language] ?? String(call.weekday);
      out.set(`${entry.municipalityNumber}|${call.weekday}|${call.startMinute}`, {
        value: call.calls,
        row: `${municipalityName(document, entry.municipalityNumber)}, ${day} ${formatTime(call.startMinute)}`,
        field: CALLS[language],
        path: `people.switchboard.municipalities[${m}].calls[${k}].calls`,
      });
    });
  });
  return out;
}

function keyedChanges(sheet: SheetId, before: Keyed, after: Keyed, language: Language): ImportChange[] {
  const text = (value: number | null | undefined) =>
    value === null || value === undefined
      ? MISSING
      : formatNumber(value, Number.isInteger(value) ? 0 : 2, language);
  const changes: ImportChange[] = [];
  for (const [key, old] of before) {
    const now = after.get(key);
    if (!now)
      changes.push({
        kind: 'removed',
        sheet,
        row: old.row,
        field: old.field,
        path: old.path,
        beforeText: text(old.value),
        afterText: '',
      });
    else if (now.value !== old.value)
      changes.push({
        kind: 'changed',
        sheet,
        row: now.row,
        field: now.field,
        path: now.path,
        beforeText: text(old.value),
        afterText: text(now.value),
      });
  }
  for (const [key, now] of after) {
    if (!before.has(key))
      changes.push({
        kind: 'added',
        sheet,
        row: now.row,
        field: now.field,
        path: now.path,
        beforeText: '',
        afterText: text(now.value),
      });
  }
  return changes;
}

/** Every change from `before` (the current revision) to `after` (the imported case), sheet by sheet. */
export function importChanges(before: CaseDocument, after: CaseDocument, language: Language): ImportChange[] {
  return [
    ...baselineChanges(before, after, language),
    ...keyedChanges('volumes', volumeEntries(before, language), volumeEntries(after, language), language),
    ...keyedChanges('calls', callEntries(before, language), callEntries(after, language), language),
  ];
}
