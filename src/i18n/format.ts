/**
 * Number, money and date formats. Norwegian (`nb-NO`) everywhere: space as thousands separator, comma as
 * decimal sign, "kr". Missing figures are "..", suppressed ones ":", as in SSB's tables.
 * @module
 */
import { LOCALE, type Language } from './language.ts';

/** Shown where the sources give no figure (SSB's symbol for "not available"). */
export const MISSING = '..';
/** Shown where a figure is withheld to protect persons (SSB's symbol for "confidential"). */
export const SUPPRESSED = ':';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Norwegian figures keep Norwegian formatting in every interface language.
    format = new Intl.NumberFormat(LOCALE.nb, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `17,6` for 17.6 with one decimal; `..` for null. */
export function formatNumber(
  value: number | null | undefined,
  decimals = 0,
  language: Language = 'nb',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  return numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    value,
  );
}

/** FTE with up to two decimals, at least one: `17,6`, `6,44`. */
export function formatFte(value: number | null | undefined, language: Language = 'nb'): string {
  if (value === null || value === undefined) return MISSING;
  return numberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

/** `14 800 000 kr`. */
export function formatNok(value: number | null | undefined, language: Language = 'nb'): string {
  if (value === null || value === undefined) return MISSING;
  return `${numberFormat(language, { maximumFractionDigits: 0 }).format(value)} kr`;
}

/**
 * An amount as a budget document gives it: rounded to whole thousands (`1 108 000 kr`), so that figures
 * computed to the krone do not pretend to a precision the inputs do not have.
 * @example formatBudgetNok(1_107_689) // → '1 108 000 kr'
 */
export function formatBudgetNok(value: number | null | undefined, language: Language = 'nb'): string {
  if (value === null || value === undefined) return MISSING;
  return formatNok(Math.round(value / 1000) * 1000 + 0, language);
}

/** The words around a small amount, per language (the figures stay Norwegian in every language). */
const SMALL_AMOUNT: Record<Language, { under: string; to: string }> = {
  nb: { under: 'under', to: 'til' },
  nn: { under: 'under', to: 'til' },
  en: { under: 'under', to: 'to' },
};

/**
 * Kroner as millions with one decimal, the one rounding rule of every «mill. kr» Flokk shows: halves round away
 * from zero, as in a budget document (−150 000 kr is −0,2 like 150 000 kr is 0,2), and never −0.
 */
export function roundedMillions(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) / 100_000)) / 10 + 0;
}

/**
 * The number of millions with one decimal, without the unit, for texts whose catalogue adds it
 * («{value} mill. kr», «NOK {value} million»). A tiny amount reads «0,0»; `formatMillionNok` words it instead.
 * @example formatMillions(1_249_999) // → '1,2'
 */
export function formatMillions(value: number, language: Language = 'nb'): string {
  return formatNumber(roundedMillions(value), 1, language);
}

/**
 * An amount in millions with one decimal, as a budget document gives it on a summary (`27,7 mill. kr`). The
 * sign is kept. An amount that is not zero but too small to show as a tenth of a million is written as the
 * range it lies in (`under 0,1 mill. kr`, `−0,1 til 0 mill. kr`), because «0,0» would tell the reader it
 * is nothing and «−0,0» is no number at all.
 * @example formatMillionNok(27_665_960) // → '27,7 mill. kr'
 * @example formatMillionNok(40_000) // → 'under 0,1 mill. kr'
 */
export function formatMillionNok(value: number | null | undefined, language: Language = 'nb'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  const millions = roundedMillions(value);
  if (millions === 0 && value !== 0) {
    const tenth = formatNumber(0.1, 1, language);
    const words = SMALL_AMOUNT[language];
    return value > 0
      ? `${words.under} ${tenth} mill. kr`
      : `${formatNumber(-0.1, 1, language)} ${words.to} 0 mill. kr`;
  }
  return `${formatNumber(millions, 1, language)} mill. kr`;
}

const MONTHS: Record<Language, string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  nn: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `10.3.2026` for a day, `juni 2026` for a month-precision plan date. */
export function formatPlanDate(value: string | null | undefined, language: Language = 'nb'): string {
  if (!value) return MISSING;
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined) return value;
  if (day === undefined) return `${MONTHS[language][month - 1] ?? month} ${year}`;
  return `${day}.${month}.${year}`;
}

const timestampFormat = new Intl.DateTimeFormat(LOCALE.nb, {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Oslo',
});

/** `23.11.2026, 14:05` for a timestamp, in Norwegian time. */
export function formatTimestamp(value: string | Date): string {
  return timestampFormat.format(typeof value === 'string' ? new Date(value) : value);
}

const dayFormat = new Intl.DateTimeFormat(LOCALE.nb, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** `03.12.2026`: the day of a timestamp, in Norwegian time (when an own value was entered, say). */
export function formatTimestampDay(value: string | Date): string {
  return dayFormat.format(typeof value === 'string' ? new Date(value) : value);
}
