/**
 * Where a scenario input comes from, in one line: the source document and the place in it, or
 * «Antakelse – eier: Prosjektleder».
 * @module
 */
import type { SourceDocument } from '../../case/schema/common.ts';
import type { Provenance } from '../../case/schema/scenario.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../i18n/use-t.ts';
import { formatSource } from './format-source.ts';

export function formatProvenance(
  provenance: Provenance,
  sources: readonly SourceDocument[],
  t: Translate,
  language: Language,
): string {
  if ('source' in provenance) {
    const text = t('provenance.sourceText', {
      source: formatSource(provenance.source, sources, t, language),
    });
    return provenance.note ? `${text} ${provenance.note}` : text;
  }
  const text = t('provenance.assumptionText', { owner: provenance.assumption.owner });
  return provenance.assumption.note ? `${text}. ${provenance.assumption.note}` : text;
}
