/**
 * What the ledger reader says about a file, a row or a cell, in bokmål, nynorsk and English. Problems a
 * spreadsheet import shares with the baseline import (not a number, a formula error, text too long, a column
 * twice) keep the baseline import's wording (`import-messages.ts`), and text no person could have typed the
 * case schema's (`issue-messages.ts`).
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { customMessage } from '../../i18n/issue-messages.ts';
import { importMessage } from '../import/import-messages.ts';

type Words = Record<Language, string>;

const MESSAGES: Record<string, Words> = {
  ledger_missing_column: {
    nb: 'Fant ikke kolonnen i rad {value}; velg kolonnene på nytt eller rett raden med overskrifter',
    nn: 'Fann ikkje kolonnen i rad {value}; vel kolonnane på nytt eller rett rada med overskrifter',
    en: 'The column is not in row {value}; choose the columns again or correct the header row',
  },
  ledger_no_header_row: {
    nb: 'Filen har ikke rad {value}, der overskriftene skal stå',
    nn: 'Fila har ikkje rad {value}, der overskriftene skal stå',
    en: 'The file has no row {value}, where the headers should be',
  },
  ledger_no_lines: {
    nb: 'Filen har ingen regnskapslinjer under overskriftene',
    nn: 'Fila har ingen rekneskapslinjer under overskriftene',
    en: 'The file has no ledger lines below the headers',
  },
  ledger_required: {
    nb: 'Må fylles ut',
    nn: 'Må fyllast ut',
    en: 'Must be filled in',
  },
  ledger_debit_or_credit: {
    nb: 'Fyll ut debet eller kredit',
    nn: 'Fyll ut debet eller kredit',
    en: 'Fill in debit or credit',
  },
  ledger_control_character: {
    nb: 'Teksten inneholder et styretegn som ikke kan lagres',
    nn: 'Teksten inneheld eit styreteikn som ikkje kan lagrast',
    en: 'The text contains a control character that cannot be stored',
  },
  too_many_decimals: {
    nb: '«{value}» har mer enn to desimaler; sjekk desimaltegn og tusenskille i kolonnevalget',
    nn: '«{value}» har meir enn to desimalar; sjekk desimalteikn og tusenskilje i kolonnevalet',
    en: '“{value}” has more than two decimals; check the decimal sign and thousands separator chosen',
  },
  amount_out_of_range: {
    nb: '«{value}» er utenfor ±100 mrd. kr',
    nn: '«{value}» er utanfor ±100 mrd. kr',
    en: '“{value}” is outside ±100 bn NOK',
  },
  ledger_not_a_period: {
    nb: 'Må være en dato som 31.03.2027 eller en periode som 2027-03 eller 3, ikke «{value}»',
    nn: 'Må vere ein dato som 31.03.2027 eller ein periode som 2027-03 eller 3, ikkje «{value}»',
    en: 'Must be a date such as 31.03.2027 or a period such as 2027-03 or 3, not “{value}”',
  },
  ledger_unclosed_quote: {
    nb: 'Et felt i anførselstegn slutter aldri; sjekk filen fra denne raden',
    nn: 'Eit felt i hermeteikn sluttar aldri; sjekk fila frå denne rada',
    en: 'A quoted field never ends; check the file from this row',
  },
  ledger_too_many_lines: {
    nb: 'Filen har flere enn {value} regnskapslinjer',
    nn: 'Fila har fleire enn {value} rekneskapslinjer',
    en: 'The file has more than {value} ledger lines',
  },
  ledger_file_too_large: {
    nb: 'Filen er større enn {value} MB',
    nn: 'Fila er større enn {value} MB',
    en: 'The file is larger than {value} MB',
  },
};

/** The message for `code` with `{value}` filled in: the ledger's own, else the baseline import's. */
export function ledgerMessage(code: string, language: Language, fill: Record<string, string> = {}): string {
  const template = MESSAGES[code]?.[language];
  if (template === undefined) {
    // A text problem (`text_bidi_control`) is worded as everywhere else in Flokk.
    const imported = importMessage(code, language, fill);
    return imported === code ? customMessage(code, language) : imported;
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => fill[name] ?? '');
}
