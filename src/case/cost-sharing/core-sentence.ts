/**
 * The core check in plain words, in bokmål, nynorsk and English: «Melhus betaler 0,3 mill. kr mer enn
 * alene», or that no municipality or group pays more than it would alone. Used wherever a key or method is
 * shown: the screens, `flokk share` and the API.
 * @module
 */
import { formatNok, formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { CoreVerdict, GroupOvercharge } from './core-verdict.ts';

/** The unit amounts in one place (a table column, a list) are all given in: one unit per column. */
export type AmountUnit = 'million' | 'krone';

/**
 * Millions as soon as any of the amounts reaches 100 000 kr, else whole kroner (a small example game).
 * @example amountUnit([86_439, 412_000]) // → 'million'
 */
export function amountUnit(values: readonly number[]): AmountUnit {
  return values.some((v) => Math.abs(v) >= 100_000) ? 'million' : 'krone';
}

const UNDER: Record<Language, string> = { nb: 'under', nn: 'under', en: 'under' };

/**
 * An amount as people say it in a council, in `unit` (by default the amount's own): «1,2 mill. kr» and
 * «0,1 mill. kr» (for 86 439 kr beside larger amounts), «under 0,1 mill. kr» for less than 50 000 kr; whole
 * kroner when every amount beside it is small.
 * @example formatAmountSpoken(286_000) // → '0,3 mill. kr'
 * @example formatAmountSpoken(86_439, 'million') // → '0,1 mill. kr'
 */
export function formatAmountSpoken(
  value: number,
  unit: AmountUnit = amountUnit([value]),
  language: Language = 'nb',
): string {
  if (unit === 'krone') return formatNok(Math.round(value), language);
  const tenths = Math.round(value / 100_000);
  if (tenths === 0 && Math.round(value) !== 0)
    return `${UNDER[language]} ${formatNumber(0.1, 1, language)} mill. kr`;
  return `${formatNumber(tenths / 10 + 0, 1, language)} mill. kr`;
}

const AND: Record<Language, string> = { nb: 'og', nn: 'og', en: 'and' };

/**
 * «Melhus», «Melhus og Skaun», «Midtre Gauldal, Melhus og Skaun».
 * @example joinNames(['Melhus', 'Skaun'], 'en') // → 'Melhus and Skaun'
 */
export function joinNames(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${AND[language]} ${names.at(-1) as string}`;
}

const TEXT = {
  nb: {
    inCore: 'I kjernen: ingen kommune eller gruppe betaler mer enn den ville gjort alene.',
    alone: (who: string, amount: string) => `${who} betaler ${amount} mer enn alene.`,
    group: (who: string, amount: string) =>
      `${who} betaler til sammen ${amount} mer enn i et samarbeid bare mellom seg.`,
    unbalanced: (amount: string) => `Fordelingen dekker ikke totalkostnaden (avvik ${amount}).`,
    more: (count: number) => `Til sammen ${count} grupper betaler for mye.`,
  },
  nn: {
    inCore: 'I kjernen: ingen kommune eller gruppe betaler meir enn ho ville gjort åleine.',
    alone: (who: string, amount: string) => `${who} betaler ${amount} meir enn åleine.`,
    group: (who: string, amount: string) =>
      `${who} betaler til saman ${amount} meir enn i eit samarbeid berre mellom seg.`,
    unbalanced: (amount: string) => `Fordelinga dekkjer ikkje totalkostnaden (avvik ${amount}).`,
    more: (count: number) => `Til saman ${count} grupper betaler for mykje.`,
  },
  en: {
    inCore: 'In the core: no municipality or group pays more than it would alone.',
    alone: (who: string, amount: string) => `${who} pays ${amount} more than alone.`,
    group: (who: string, amount: string) =>
      `${who} together pay ${amount} more than in a cooperation of their own.`,
    unbalanced: (amount: string) => `The allocation does not cover the total cost (off by ${amount}).`,
    more: (count: number) => `In all, ${count} groups pay too much.`,
  },
} satisfies Record<Language, unknown>;

/**
 * One group's overcharge in words.
 * @example overchargeSentence({ members: ['5028'], pays: 5.5e6, alone: 5.2e6, excess: 0.3e6 }, name, 'nb')
 * // → 'Melhus betaler 0,3 mill. kr mer enn alene.'
 */
export function overchargeSentence(
  overcharge: GroupOvercharge,
  nameOf: (municipality: string) => string,
  language: Language,
  unit: AmountUnit = amountUnit([overcharge.excess]),
): string {
  const t = TEXT[language];
  const who = joinNames(overcharge.members.map(nameOf), language);
  const amount = formatAmountSpoken(overcharge.excess, unit, language);
  return overcharge.members.length === 1 ? t.alone(who, amount) : t.group(who, amount);
}

/** The amounts a verdict's sentences give, to choose one unit for several verdicts shown together. */
export function verdictAmounts(verdict: CoreVerdict): number[] {
  return [
    verdict.balance,
    ...(verdict.largest ? [verdict.largest.excess] : []),
    ...verdict.aboveStandAlone.map((v) => v.excess),
  ];
}

/**
 * The verdict in sentences: in the core; or each municipality that pays more than alone, then the largest
 * overcharged group if it is larger, then how many groups are overcharged in all.
 * @example coreSentences(verdict, name, 'nb') // → ['Melhus betaler 1,2 mill. kr mer enn alene.', …]
 */
export function coreSentences(
  verdict: CoreVerdict,
  nameOf: (municipality: string) => string,
  language: Language,
  unit: AmountUnit = amountUnit(verdictAmounts(verdict)),
): string[] {
  const t = TEXT[language];
  if (verdict.inCore) return [t.inCore];
  const sentences = verdict.aboveStandAlone.map((v) => overchargeSentence(v, nameOf, language, unit));
  const largest = verdict.largest;
  if (largest && largest.members.length > 1)
    sentences.unshift(overchargeSentence(largest, nameOf, language, unit));
  if (verdict.violationCount > sentences.length && verdict.violationCount > 1) {
    sentences.push(t.more(verdict.violationCount));
  }
  // Rounding noise aside, an allocation that misses the total is out of the core for that alone.
  if (verdict.violationCount === 0)
    sentences.push(t.unbalanced(formatAmountSpoken(verdict.balance, unit, language)));
  return sentences;
}
