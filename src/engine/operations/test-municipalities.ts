/**
 * Population at 1 January (SSB table 07459, as in src/case/reference/data/municipalities.json) for the
 * worked examples of the operations tests.
 * @module
 */
import type { KeyInput } from '../cost-sharing/cost-key.ts';

const at = (values: Record<string, number>) =>
  Object.entries(values).map(([year, value]) => ({ referenceDate: `${year}-01-01`, value }));

/** Røros, Os and Holtålen, who share services 40 % fixed / 60 % by population. */
export const ROROS_OS_HOLTALEN: readonly KeyInput[] = [
  { id: '5025', population: at({ 2025: 5681, 2026: 5638 }) },
  { id: '3430', population: at({ 2025: 1895, 2026: 1871 }) },
  { id: '5026', population: at({ 2025: 2048, 2026: 2037 }) },
];

/** Midtre Gauldal, Melhus and Skaun, Flokk's default case. */
export const GAULDAL_TRIO: readonly KeyInput[] = [
  { id: '5027', population: at({ 2025: 6141, 2026: 6088 }) },
  { id: '5028', population: at({ 2025: 17812, 2026: 17828 }) },
  { id: '5029', population: at({ 2025: 8521, 2026: 8574 }) },
];

/** The Røros/Os/Holtålen key: 40 % in equal parts, 60 % by population. */
export const FORTY_SIXTY = {
  keyId: 'hybrid',
  options: { fixedShare: 0.4, rest: { keyId: 'population' } },
} as const;
