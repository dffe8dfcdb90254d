/**
 * The baseline as the baseline page shows it, as an export table: one row per municipality, service area and
 * scope, in the page's order (areas as the case lists them, central before decentral), with FTE, persons,
 * labour cost, other costs, ages in words and the source of each figure in words. Ages of groups that may
 * have fewer than 5 persons are `:` for readers.
 * @module
 */
import { SOURCED_FIELDS, fieldProvenance, isOwnValue, sourceDeviation } from '../../baseline-field-source.ts';
import {
  formatFte,
  formatNok,
  formatNumber,
  formatPlanDate,
  formatTimestampDay,
} from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { formatFieldValue } from '../../field-value.ts';
import { WITHHELD } from '../../redact-personal-data.ts';
import type { BaselineRow, FigureSource, SourcedField } from '../../schema/baseline.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { ExportCell, ExportColumn, ExportContext, ExportSource, ExportTable } from '../export-table.ts';
import { redactForRole } from '../redact-for-export.ts';
import { baselineWords, type BaselineWords } from './baseline-words.ts';

const SCOPE_ORDER: Record<BaselineRow['scope'], number> = { central: 0, decentral: 1 };

function localized(
  text: { nb: string; nn?: string | undefined; en?: string | undefined },
  language: Language,
) {
  return text[language] ?? text.nb;
}

/** The rows with their index in the document, in the page's order. */
function orderedRows(document: CaseDocument): { row: BaselineRow; index: number }[] {
  const areaOrder = (areaId: string) => {
    const position = document.serviceAreas.findIndex((area) => area.id === areaId);
    return position === -1 ? document.serviceAreas.length : position;
  };
  return document.baseline
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        areaOrder(a.row.areaId) - areaOrder(b.row.areaId) ||
        SCOPE_ORDER[a.row.scope] - SCOPE_ORDER[b.row.scope] ||
        a.index - b.index,
    );
}

/** Other annual costs: their sum, or `null` (`..`) when none is given or one amount is missing. */
function otherCosts(row: BaselineRow): number | null {
  if (row.otherCosts.length === 0) return null;
  let sum = 0;
  for (const cost of row.otherCosts) {
    if (cost.amount === null) return null;
    sum += cost.amount;
  }
  return sum;
}

function documentTitle(document: CaseDocument, id: string): string {
  return document.sources.find((source) => source.id === id)?.title ?? id;
}

function statedText(field: SourcedField, value: unknown, document: CaseDocument, language: Language): string {
  if (typeof value !== 'number') return formatFieldValue('baseline[0].ages', value, document, language);
  if (field === 'fte') return formatFte(value, language);
  return field === 'labourCost' ? formatNok(value, language) : formatNumber(value, 0, language);
}

/** Where one figure is from, in words: «Saksframlegg 2025, tabell 3» or «egen verdi, lagt inn av Kari 03.12.2026». */
function placeWords(
  row: BaselineRow,
  field: SourcedField,
  document: CaseDocument,
  words: BaselineWords,
  language: Language,
): string | null {
  const source = fieldProvenance(row, field);
  if (source === undefined) return null;
  if (isOwnValue(source)) return words.ownValue(source.entered.by, formatTimestampDay(source.entered.at));
  const place = [documentTitle(document, source.document), source.locator].filter(Boolean).join(', ');
  const deviation = sourceDeviation(row, field);
  return deviation
    ? `${place} (${words.stated(statedText(field, deviation.stated, document, language))})`
    : place;
}

/** «Årsverk, Lønnskostnad, Alder: Saksframlegg 2025, tabell 3»: the fields from one place named together. */
function sourceColumn(
  row: BaselineRow,
  document: CaseDocument,
  words: BaselineWords,
  language: Language,
): string {
  const byPlace = new Map<string, string[]>();
  for (const field of SOURCED_FIELDS) {
    const place = placeWords(row, field, document, words, language);
    if (place !== null) byPlace.set(place, [...(byPlace.get(place) ?? []), words.field[field]]);
  }
  if (byPlace.size === 0) return words.noSource;
  return [...byPlace].map(([place, fields]) => `${fields.join(', ')}: ${place}`).join('; ');
}

/** One row of the «Kilder» sheet per cited place in a document and per own value. */
function exportSource(
  source: FigureSource,
  row: BaselineRow,
  field: SourcedField,
  document: CaseDocument,
  words: BaselineWords,
  language: Language,
): ExportSource {
  if (isOwnValue(source)) {
    const municipality = document.participants.find((p) => p.municipalityNumber === row.municipalityNumber);
    const area = document.serviceAreas.find((a) => a.id === row.areaId);
    const label = words.ownValueLabel(
      municipality?.name ?? row.municipalityNumber,
      area ? localized(area.name, language) : row.areaId,
      words.field[field],
    );
    const detail = words.ownValue(source.entered.by, formatTimestampDay(source.entered.at));
    return {
      kind: 'own-value',
      label,
      detail: source.note ? `${detail}: ${source.note}` : detail,
      usedIn: [],
    };
  }
  const detail = [source.locator, source.date ? formatPlanDate(source.date, language) : undefined];
  return {
    kind: 'source',
    label: documentTitle(document, source.document),
    detail: detail.filter(Boolean).join(', '),
    usedIn: [],
  };
}

function columns(words: BaselineWords): ExportColumn[] {
  const h = words.headers;
  return [
    { header: h.municipality, format: 'text' },
    { header: h.area, format: 'text' },
    { header: h.scope, format: 'text' },
    { header: h.year, format: 'year' },
    { header: h.fte, format: 'decimal2' },
    { header: h.headcount, format: 'integer' },
    { header: h.labourCost, format: 'nok' },
    { header: h.otherCosts, format: 'nok' },
    { header: h.ages, format: 'text' },
    { header: h.source, format: 'text' },
  ];
}

/** Builds the baseline table; `null` when the case has no baseline rows. */
export function baselineTable(input: CaseDocument, context: ExportContext): ExportTable | null {
  const { language, role } = context;
  // Redacted here unless the caller already did (and said what it withheld).
  const { document, withheld } =
    context.withheld !== undefined
      ? { document: input, withheld: context.withheld }
      : redactForRole(input, role);
  if (document.baseline.length === 0) return null;
  const words = baselineWords(language);
  const withheldSet = new Set(withheld);
  const sources = new Map<string, ExportSource>();
  let withheldRows = 0;

  const rows = orderedRows(document).map(({ row, index }): ExportCell[] => {
    const municipality = document.participants.find((p) => p.municipalityNumber === row.municipalityNumber);
    const area = document.serviceAreas.find((a) => a.id === row.areaId);
    const isWithheld = withheldSet.has(`baseline[${index}].ages`);
    if (isWithheld) withheldRows++;
    const ages = isWithheld
      ? WITHHELD
      : row.ages === null
        ? null
        : formatFieldValue(`baseline[${index}].ages`, row.ages, document, language);
    for (const field of SOURCED_FIELDS) {
      const source = fieldProvenance(row, field);
      if (!source || (field === 'ages' && isWithheld)) continue;
      const entry = exportSource(source, row, field, document, words, language);
      sources.set(`${entry.kind}\u0000${entry.label}\u0000${entry.detail}`, entry);
    }
    return [
      municipality?.name ?? row.municipalityNumber,
      area ? localized(area.name, language) : row.areaId,
      words.scope[row.scope],
      row.figureBasis === 'asOfDocument' ? words.asOfDocument : row.budgetYear,
      row.fte,
      row.headcount,
      row.labourCost,
      otherCosts(row),
      ages,
      sourceColumn(row, document, words, language),
    ];
  });

  const notes = [words.missingNote, words.otherCostsNote];
  if (withheldRows > 0) notes.push(words.withheldNote(withheldRows));
  if (document.baseline.some((row) => row.figureBasis === 'asOfDocument')) notes.push(words.yearNote);
  return {
    id: 'baseline',
    sheetName: words.sheetName,
    title: words.title(localized(document.title, language)),
    columns: columns(words),
    rows,
    notes,
    sources: [...sources.values()],
  };
}
