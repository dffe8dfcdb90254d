/**
 * «A-konto»: a joint unit's a-konto invoices for a year as lines the host can post, one per municipality and
 * period: kommunenummer, municipality, due date, period, the invoice text and whole kroner. From the same
 * view as the operations page (`aKontoView`), so the lines sum exactly to each municipality's share and
 * together to the budget (largest remainder). Without an a-konto calendar there is nothing to invoice, and
 * the error says which field is missing.
 * @module
 */
import { ValidationError } from '../../../common/errors.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { aKontoView } from '../../operations/a-konto-view.ts';
import { invoiceText, periodWords } from '../../operations/budget-words.ts';
import { labelError } from '../../operations/labelled-budget.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { chosenBudget, labelledBudgetFor } from './operations-budget-table.ts';
import { placeholderNote, placeholderSources, say } from './table-helpers.ts';

const SHEET = { nb: 'A-konto', nn: 'A-konto', en: 'On account' };

const WORDS = {
  nb: {
    title: (unit: string, year: number, total: string) =>
      `A-konto-fakturaer for ${unit} i ${year}: én linje per kommune og termin, til sammen budsjettets ${total} kr.`,
    number: 'Kommunenummer',
    municipality: 'Kommune',
    dueDate: 'Forfallsdato',
    period: 'Termin',
    text: 'Tekst',
    amount: 'Beløp (kr)',
    rounding:
      'Hver kommunes linjer summerer til kommunens andel av budsjettet; en krone til overs går til de første terminene.',
  },
  nn: {
    title: (unit: string, year: number, total: string) =>
      `A-konto-fakturaer for ${unit} i ${year}: éi linje per kommune og termin, til saman budsjettet sine ${total} kr.`,
    number: 'Kommunenummer',
    municipality: 'Kommune',
    dueDate: 'Forfallsdato',
    period: 'Termin',
    text: 'Tekst',
    amount: 'Beløp (kr)',
    rounding:
      'Linjene til kvar kommune summerer til kommunen sin del av budsjettet; ei krone til overs går til dei første terminane.',
  },
  en: {
    title: (unit: string, year: number, total: string) =>
      `On-account invoices for ${unit} in ${year}: one line per municipality and period, together the budget’s NOK ${total}.`,
    number: 'Municipality number',
    municipality: 'Municipality',
    dueDate: 'Due date',
    period: 'Period',
    text: 'Text',
    amount: 'Amount (NOK)',
    rounding:
      'Each municipality’s lines sum to its share of the budget; a krone left over goes to the first periods.',
  },
} satisfies Record<Language, unknown>;

export const aKontoTable: ExportTableBuilder = (document, context) => {
  const chosen = chosenBudget(document, context);
  if (chosen === null) return null;
  const { language } = context;
  const w = say(language, WORDS);
  const view = aKontoView(document, chosen.unitId, chosen.year);
  if (!view.ok) {
    const error = labelError(view, document, language);
    throw new ValidationError([{ path: error.path, code: error.code, message: error.message }]);
  }
  const budget = labelledBudgetFor(document, chosen.unitId, chosen.year, language);
  const rows: ExportCell[][] = view.lines.map((l) => [
    l.municipality,
    l.name,
    l.dueDate,
    periodWords(l.period, language),
    invoiceText(l.period, chosen.unitName, language),
    l.amount,
  ]);
  const sheetName = say(language, SHEET);
  return {
    id: 'a-konto',
    sheetName,
    title: w.title(chosen.unitName, chosen.year, formatNumber(view.total, 0, language)),
    columns: [
      { header: w.number, format: 'text' },
      { header: w.municipality, format: 'text' },
      { header: w.dueDate, format: 'date' },
      { header: w.period, format: 'text' },
      { header: w.text, format: 'text' },
      { header: w.amount, format: 'nok' },
    ],
    rows,
    notes: [w.rounding, ...placeholderNote(budget.placeholders, language)],
    sources: placeholderSources(budget.placeholders, sheetName, language),
  };
};
