/**
 * The baseline view as text: one aligned table per service area and scope, with nb-NO number formats,
 * ".." for missing figures and ":" for withheld ages.
 * @module
 */
import type { AgeInfo, SourcedField } from '../case/schema/baseline.ts';
import { formatFte, formatNok, formatNumber, formatTimestampDay } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import type { BaselineSourceNote, BaselineView, BaselineViewTable } from './baseline-view.ts';
import { formatAges } from './format-ages.ts';
import { cliMessages } from './messages.ts';
import { renderTextTable } from './text-table.ts';

function formatStated(field: SourcedField, value: number | AgeInfo, language: Language): string {
  if (typeof value !== 'number') return formatAges(value, false);
  if (field === 'fte') return formatFte(value, language);
  return field === 'labourCost' ? formatNok(value, language) : formatNumber(value, 0, language);
}

/** «Melhus – Lønnskostnad: Egen verdi – lagt inn av Kari 03.12.2026», or what the source states instead. */
function sourceNoteLine(municipality: string, note: BaselineSourceNote, language: Language): string {
  const messages = cliMessages(language);
  const text =
    note.kind === 'ownValue'
      ? `${messages.ownValue(note.by, formatTimestampDay(note.at))}${note.note === undefined ? '' : `: ${note.note}`}`
      : messages.deviates(formatStated(note.field, note.stated, language));
  return `${municipality} – ${messages[note.field]}: ${text}\n`;
}

function renderTable(table: BaselineViewTable, language: Language): string {
  const messages = cliMessages(language);
  const columns = [
    { header: messages.municipality, align: 'left' },
    { header: messages.fte, align: 'right' },
    { header: messages.labourCost, align: 'right' },
    { header: messages.ages, align: 'left' },
  ] as const;
  const body = table.rows.map((row) => [
    row.municipalityName,
    formatFte(row.fte, language),
    formatNok(row.labourCost, language),
    formatAges(row.ages, row.agesSuppressed),
  ]);
  const total = [
    messages.total,
    formatFte(table.total.fte, language),
    formatNok(table.total.labourCost, language),
  ];
  const heading = `${table.areaName} – ${messages.scope[table.scope]}`;
  const missing = table.rows.filter((row) => row.fte === null || row.labourCost === null).length;
  const note = table.total.complete ? '' : `${messages.incompleteTotal(missing)}\n`;
  const format = (field: 'fte' | 'labourCost', value: number | null) =>
    field === 'fte' ? formatFte(value, language) : formatNok(value, language);
  const discrepancies = table.discrepancies
    .filter((d) => d.code === 'documented_total_mismatch')
    .map(
      (d) =>
        `${messages.documentedMismatch(messages[d.field], format(d.field, d.documented), format(d.field, d.computed))}\n`,
    )
    .join('');
  const sourceNotes = table.rows
    .flatMap((row) => (row.sourceNotes ?? []).map((n) => sourceNoteLine(row.municipalityName, n, language)))
    .join('');
  return `${heading}\n${renderTextTable(columns, body, [total])}${note}${discrepancies}${sourceNotes}`;
}

/** Renders the whole view: the case title, the tables, and a legend for ".." and ":". */
export function renderBaselineText(view: BaselineView, language: Language): string {
  const messages = cliMessages(language);
  if (view.tables.length === 0) return `${view.title}\n\n${messages.noBaseline}\n`;
  const tables = view.tables.map((table) => renderTable(table, language));
  return `${view.title}\n\n${tables.join('\n')}\n${messages.legend}\n`;
}
