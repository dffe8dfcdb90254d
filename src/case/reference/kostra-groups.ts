/**
 * SSB's KOSTRA groups (Klass 112, the 2020 grouping SSB still applies): municipalities of about the same size
 * and the same economic frame, so their figures can be compared. The words follow SSB's criteria table
 * («Kriterier for kommunegrupperingen per 2020», ssb.no, KOSTRA-gruppene): population, bound costs (bundne
 * kostnader) and free disposable income (frie disponible inntekter).
 * @module
 */
import type { Language } from '../../i18n/language.ts';

type Level = 'low' | 'middle' | 'high' | 'lowOrMiddle' | 'middleOrHigh' | 'any';

interface GroupCriteria {
  size: 'small' | 'medium' | 'none';
  /** Population range as SSB states it; `null` for groups not defined by size. */
  population: [number, number] | null;
  bound: Level;
  free: Level;
}

const CRITERIA: Record<number, GroupCriteria> = {
  1: { size: 'small', population: [2_000, 9_999], bound: 'low', free: 'low' },
  2: { size: 'small', population: [2_000, 9_999], bound: 'low', free: 'middle' },
  3: { size: 'small', population: [2_000, 9_999], bound: 'low', free: 'high' },
  4: { size: 'small', population: [2_000, 9_999], bound: 'high', free: 'low' },
  5: { size: 'small', population: [2_000, 9_999], bound: 'high', free: 'middle' },
  6: { size: 'small', population: [2_000, 9_999], bound: 'high', free: 'high' },
  7: { size: 'medium', population: [10_000, 19_999], bound: 'low', free: 'low' },
  8: { size: 'medium', population: [10_000, 19_999], bound: 'low', free: 'middleOrHigh' },
  9: { size: 'none', population: [20_000, 29_999], bound: 'low', free: 'lowOrMiddle' },
  10: { size: 'none', population: [30_000, 44_999], bound: 'low', free: 'low' },
  11: { size: 'none', population: [45_000, 74_999], bound: 'low', free: 'low' },
  12: { size: 'none', population: [75_000, 300_000], bound: 'low', free: 'lowOrMiddle' },
  14: { size: 'none', population: [600, 1_999], bound: 'middle', free: 'lowOrMiddle' },
  15: { size: 'none', population: [600, 1_999], bound: 'middle', free: 'high' },
  16: { size: 'none', population: [0, 599], bound: 'middle', free: 'any' },
};

const WORDS = {
  nb: {
    group: 'Gruppe',
    small: 'små kommuner',
    medium: 'mellomstore kommuner',
    none: 'kommuner',
    inhabitants: 'innbyggere',
    bound: 'bundne kostnader',
    free: 'frie disponible inntekter',
    with: 'med',
    and: 'og',
    levels: {
      low: 'lave',
      middle: 'middels',
      high: 'høye',
      lowOrMiddle: 'lave eller middels',
      middleOrHigh: 'middels eller høye',
      any: 'lave, middels eller høye',
    },
    oslo: 'Oslo kommune',
    richest:
      'de åtte kommunene med høyest skatteinntekter per innbygger (middels bundne kostnader og høye frie disponible inntekter)',
  },
  nn: {
    group: 'Gruppe',
    small: 'små kommunar',
    medium: 'mellomstore kommunar',
    none: 'kommunar',
    inhabitants: 'innbyggjarar',
    bound: 'bundne kostnader',
    free: 'frie disponible inntekter',
    with: 'med',
    and: 'og',
    levels: {
      low: 'låge',
      middle: 'middels',
      high: 'høge',
      lowOrMiddle: 'låge eller middels',
      middleOrHigh: 'middels eller høge',
      any: 'låge, middels eller høge',
    },
    oslo: 'Oslo kommune',
    richest:
      'dei åtte kommunane med høgast skatteinntekter per innbyggjar (middels bundne kostnader og høge frie disponible inntekter)',
  },
  en: {
    group: 'Group',
    small: 'small municipalities',
    medium: 'medium-sized municipalities',
    none: 'municipalities',
    inhabitants: 'inhabitants',
    bound: 'bound costs',
    free: 'free disposable income',
    with: 'with',
    and: 'and',
    levels: {
      low: 'low',
      middle: 'middle',
      high: 'high',
      lowOrMiddle: 'low or middle',
      middleOrHigh: 'middle or high',
      any: 'low, middle or high',
    },
    oslo: 'the City of Oslo',
    richest:
      'the eight municipalities with the highest tax income per inhabitant (middle bound costs and high free disposable income)',
  },
} as const;

/** `10 000–19 999` with a no-break space as thousands separator, as in SSB's table. */
function range([from, to]: [number, number]): string {
  const n = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${n(from)}–${n(to)}`;
}

/**
 * SSB's description of a KOSTRA group in words, e.g. «Gruppe 7: mellomstore kommuner (10 000–19 999
 * innbyggere) med lave bundne kostnader og lave frie disponible inntekter». An unknown group number gives
 * only «Gruppe N».
 * @example kostraGroupDescription(1, 'nb').startsWith('Gruppe 1: små kommuner (2 000–9 999') // → true
 */
export function kostraGroupDescription(group: number, language: Language): string {
  const w = WORDS[language];
  const head = `${w.group} ${group}`;
  if (group === 13) return `${head}: ${w.oslo}`;
  if (group === 17) return `${head}: ${w.richest}`;
  const criteria = CRITERIA[group];
  if (!criteria || !criteria.population) return head;
  const who = `${w[criteria.size]} (${range(criteria.population)} ${w.inhabitants})`;
  const bound = `${w.levels[criteria.bound]} ${w.bound}`;
  const free = `${w.levels[criteria.free]} ${w.free}`;
  return `${head}: ${who} ${w.with} ${bound} ${w.and} ${free}`;
}

/** The region code SSB gives a group's figures in StatBank: `EKG07`. */
export function kostraGroupRegion(group: number): string {
  return `EKG${String(group).padStart(2, '0')}`;
}
