/**
 * How the benefit page words an indicator value and where a value comes from.
 * @module
 */
import type { ProvenanceDetail } from '../../../case/operations/benefit-view.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import type { useT } from '../../i18n/use-t.ts';

type Translate = ReturnType<typeof useT>;

/** An indicator value with as many decimals as it has, up to two: `17,6`, `3`, `9,45`; `..` when missing. */
export function formatIndicator(value: number | null, language: Language): string {
  if (value === null) return formatNumber(null);
  const decimals = Number.isInteger(value) ? 0 : Number.isInteger(Math.round(value * 1000) / 100) ? 1 : 2;
  return formatNumber(value, decimals, language);
}

/** «Kilde: Saksframlegg …, tabell …», «Vedtak …, punkt 2» or «Plassholder – ikke fastsatt» with its note. */
export function provenanceText(provenance: ProvenanceDetail, t: Translate): string {
  if (provenance.source) {
    const { title, locator } = provenance.source;
    return t('benefits.source', { source: locator === null ? title : `${title}, ${locator}` });
  }
  if (provenance.decision) {
    return t('benefits.decision', {
      resolution: provenance.decision.resolutionId,
      point: provenance.decision.point,
    });
  }
  return provenance.note ? `${t('benefits.placeholder')}. ${provenance.note}` : t('benefits.placeholder');
}
