/**
 * Where an input comes from, in one line: the source document and the place in it, the resolution point
 * that decided it («Vedtak: …, pkt. 2»), or «Plassholder – ikke fastsatt» with the role that ought to set
 * it. A placeholder is never worded as if anyone had set the value.
 * @module
 */
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { PlaceholderProvenance, Provenance } from '../../case/schema/provenance.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../i18n/use-t.ts';
import { localized } from '../i18n/localized-text.ts';
import { formatSource } from './format-source.ts';

/** What the wording needs from the case: the source documents and the resolutions. */
export type ProvenanceNames = Pick<CaseDocument, 'sources' | 'resolutions'>;

/**
 * What follows the «Plassholder – ikke fastsatt» mark: the role that ought to set the value, and the note.
 * @example placeholderDetail({ placeholder: { toBeSetBy: 'Økonomisjefene' } }, t) // → 'Bør fastsettes av: Økonomisjefene'
 */
export function placeholderDetail(provenance: PlaceholderProvenance, t: Translate): string {
  const { toBeSetBy, note } = provenance.placeholder;
  const parts = toBeSetBy === undefined ? [] : [t('provenance.toBeSetByText', { role: toBeSetBy })];
  if (note !== undefined) parts.push(note);
  return parts.join('. ');
}

/**
 * The provenance in one line.
 * @example formatProvenance({ placeholder: { toBeSetBy: 'Prosjektleder' } }, names, t, 'nb') // → 'Plassholder – ikke fastsatt. Bør fastsettes av: Prosjektleder'
 */
export function formatProvenance(
  provenance: Provenance,
  names: ProvenanceNames,
  t: Translate,
  language: Language,
): string {
  if ('source' in provenance) {
    const text = t('provenance.sourceText', {
      source: formatSource(provenance.source, names.sources, t, language),
    });
    return provenance.note ? `${text} ${provenance.note}` : text;
  }
  if ('decision' in provenance) {
    const { resolutionId, point } = provenance.decision;
    const resolution = names.resolutions.find((r) => r.id === resolutionId);
    const text = t('provenance.decisionText', {
      resolution: resolution ? localized(resolution.title, language) : resolutionId,
      point,
    });
    return provenance.note ? `${text}. ${provenance.note}` : text;
  }
  const detail = placeholderDetail(provenance, t);
  const mark = t('provenance.placeholderText');
  return detail === '' ? mark : `${mark}. ${detail}`;
}
