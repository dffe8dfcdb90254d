/**
 * A distribution in words, with its parameters formatted as the figure they describe: how an uncertain
 * input enters the analysis («PERT: lav 10 %, mest sannsynlig 21 %, høy 30 %»).
 * @module
 */
import type { ExplainedUnit } from '../../engine/explain/explanation.ts';
import type { DistributionSpec } from '../../engine/statistics/distributions/registry.ts';
import { formatNok, formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';

const WORDS: Record<Language, Record<string, string>> = {
  nb: {
    uniform: 'jevn fordeling',
    triangular: 'trekantfordeling',
    pert: 'PERT-fordeling',
    normal: 'normalfordeling',
    lognormal: 'lognormalfordeling',
    min: 'lav',
    mode: 'mest sannsynlig',
    max: 'høy',
    mean: 'forventning',
    sd: 'standardavvik',
    median: 'median',
    spread: 'spredning (σ)',
  },
  nn: {
    uniform: 'jamn fordeling',
    triangular: 'trekantfordeling',
    pert: 'PERT-fordeling',
    normal: 'normalfordeling',
    lognormal: 'lognormalfordeling',
    min: 'låg',
    mode: 'mest sannsynleg',
    max: 'høg',
    mean: 'forventing',
    sd: 'standardavvik',
    median: 'median',
    spread: 'spreiing (σ)',
  },
  en: {
    uniform: 'uniform distribution',
    triangular: 'triangular distribution',
    pert: 'PERT distribution',
    normal: 'normal distribution',
    lognormal: 'lognormal distribution',
    min: 'low',
    mode: 'most likely',
    max: 'high',
    mean: 'mean',
    sd: 'standard deviation',
    median: 'median',
    spread: 'spread (σ)',
  },
};

function value(x: number, unit: ExplainedUnit, language: Language): string {
  if (unit === 'nok') return formatNok(x, language);
  if (unit === 'share' || unit === 'rate') return `${formatNumber(x * 100, 2, language)} %`;
  return formatNumber(x, 4, language);
}

/**
 * @example distributionWords({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }, 'share', 'nb')
 * // → 'PERT-fordeling: lav 10,00 %, mest sannsynlig 21,00 %, høy 30,00 %'
 */
export function distributionWords(spec: DistributionSpec, unit: ExplainedUnit, language: Language): string {
  const w = WORDS[language];
  const parts = Object.entries(spec).flatMap(([key, x]) => {
    if (key === 'kind' || typeof x !== 'number') return [];
    if (spec.kind === 'lognormal')
      return key === 'mu'
        ? [`${w.median} ${value(Math.exp(x), unit, language)}`]
        : [`${w.spread} ${formatNumber(x, 3, language)}`];
    return [`${w[key] ?? key} ${value(x, unit, language)}`];
  });
  return `${w[spec.kind] ?? spec.kind}: ${parts.join(', ')}`;
}
